/** A readable, dependency-free HTML page listing the API from its OpenAPI document. */
interface OpenApiOperation {
  summary?: string;
  description?: string;
  tags?: string[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
}

export interface OpenApiDocumentLike {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, OpenApiOperation> | undefined>;
  components?: { schemas?: Record<string, unknown> };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const json = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

export function renderOpenApiDocsPage(document: OpenApiDocumentLike): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods ?? {}).map(([method, operation]) => ({ path, method, operation })),
  );
  const sections = operations.map(({ path, method, operation }) => {
    const body = operation.requestBody?.content?.['application/json']?.schema;
    const responses = Object.entries(operation.responses ?? {})
      .map(([status, response]) => {
        const schema = response.content?.['application/json']?.schema;
        return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description ?? '')}${
          schema && !status.startsWith('4') ? json(schema) : ''
        }</li>`;
      })
      .join('');
    return `<section>
  <h2><code>${escapeHtml(method.toUpperCase())} /api${escapeHtml(path)}</code></h2>
  <p>${escapeHtml(operation.summary ?? '')}</p>
  ${operation.description ? `<p>${escapeHtml(operation.description)}</p>` : ''}
  ${body ? `<h3>Request body</h3>${json(body)}` : ''}
  <h3>Responses</h3><ul>${responses}</ul>
</section>`;
  });
  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<section><h2 id="${escapeHtml(name)}">${escapeHtml(name)}</h2>${json(schema)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} ${escapeHtml(document.info.version)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1d2327; }
  section { border-top: 1px solid #ccd; padding: 0.5rem 0; }
  pre { background: #f5f6f8; padding: 0.75rem; overflow-x: auto; font-size: 0.85rem; }
  code { font-size: 1rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
${sections.join('\n')}
<h1>Schemas</h1>
${schemas}
</main>
</body>
</html>`;
}

import { escapeHtml, inlineText, type SchemaLike, schemaAnchor, schemaHtml } from './openapi-schema-html.js';

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

// The document comes from our own route schemas, so its shape is known well enough to read as SchemaLike.
const schemaBlock = (value: unknown) => schemaHtml(value as SchemaLike);

export function renderOpenApiDocsPage(document: OpenApiDocumentLike): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods ?? {}).map(([method, operation]) => ({ path, method, operation })),
  );
  const sections = operations.map(({ path, method, operation }) => {
    const body = operation.requestBody?.content?.['application/json']?.schema;
    const responses = Object.entries(operation.responses ?? {})
      .map(([status, response]) => {
        const schema = response.content?.['application/json']?.schema;
        return `<li><strong>${escapeHtml(status)}</strong> ${inlineText(response.description ?? '')}${
          schema && !status.startsWith('4') ? schemaBlock(schema) : ''
        }</li>`;
      })
      .join('');
    return `<section>
  <h2><code>${escapeHtml(method.toUpperCase())} /api${escapeHtml(path)}</code></h2>
  <p>${inlineText(operation.summary ?? '')}</p>
  ${operation.description ? `<p>${inlineText(operation.description)}</p>` : ''}
  ${body ? `<h3>Request body</h3>${schemaBlock(body)}` : ''}
  <h3>Responses</h3><ul>${responses}</ul>
</section>`;
  });
  const schemas = Object.entries(document.components?.schemas ?? {})
    .map(
      ([name, schema]) =>
        `<section><h2 id="${schemaAnchor(name)}">${escapeHtml(name)}</h2>${schemaBlock(schema)}</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1d2327; }
  section { border-top: 1px solid #ccd; padding: 0.5rem 0; }
  code { font-size: 0.95em; background: #f0f2f4; padding: 0 0.2em; border-radius: 3px; }
  h2 code { background: none; padding: 0; }
  .table-scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 0.5rem 0; }
  th, td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #dde; }
  th { background: #f5f6f8; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(document.info.title)}</h1>
<p>Version ${escapeHtml(document.info.version)}</p>
<p>${inlineText(document.info.description ?? '')}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a></p>
${sections.join('\n')}
<h1>Schemas</h1>
${schemas}
</main>
</body>
</html>`;
}

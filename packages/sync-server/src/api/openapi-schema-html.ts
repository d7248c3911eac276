/** OpenAPI schemas as readable HTML: a type in words, and objects as field tables with linked $refs. */

export interface SchemaLike {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  items?: SchemaLike;
  properties?: Record<string, SchemaLike>;
  required?: string[];
  additionalProperties?: SchemaLike | boolean;
  anyOf?: SchemaLike[];
  oneOf?: SchemaLike[];
  allOf?: SchemaLike[];
  description?: string;
  example?: unknown;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Escapes text and renders Markdown-style inline `code` as <code>. */
export function inlineText(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** The anchor of a component schema on the page. */
export const schemaAnchor = (name: string) => `schema-${encodeURIComponent(name)}`;

function refLink(ref: string): string {
  const name = ref.split('/').pop() ?? ref;
  return `<a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`;
}

/** A schema's type in a few words: "string (date) or null", "array of <a>Worksheet</a>". */
export function typeLabel(schema: SchemaLike): string {
  const base = baseTypeLabel(schema);
  return schema.nullable && base !== 'anything' ? `${base} or null` : base;
}

function baseTypeLabel(schema: SchemaLike): string {
  if (schema.$ref) return refLink(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeLabel).join(' or ');
  if (schema.allOf) return schema.allOf.map(typeLabel).join(' and ');
  if (schema.enum)
    return schema.enum.map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`).join(' | ');
  if (schema.type === 'array') return `array of ${schema.items ? typeLabel(schema.items) : 'anything'}`;
  if (schema.type === 'object' || schema.properties || schema.additionalProperties) {
    if (!schema.properties && typeof schema.additionalProperties === 'object') {
      return `map of string to ${typeLabel(schema.additionalProperties)}`;
    }
    return 'object';
  }
  if (!schema.type) return 'anything';
  return schema.format
    ? `${escapeHtml(schema.type)} (${escapeHtml(schema.format)})`
    : escapeHtml(schema.type);
}

function constraints(schema: SchemaLike): string[] {
  const notes: string[] = [];
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    notes.push(`${schema.minLength ?? 0}–${schema.maxLength ?? '∞'} characters`);
  }
  if (schema.minimum !== undefined) notes.push(`at least ${schema.minimum}`);
  if (schema.maximum !== undefined) notes.push(`at most ${schema.maximum}`);
  if (schema.example !== undefined)
    notes.push(`e.g. <code>${escapeHtml(JSON.stringify(schema.example))}</code>`);
  return notes;
}

interface FieldRow {
  name: string;
  schema: SchemaLike;
  required: boolean;
}

/** Nested objects are flattened into dotted names ("measure.total"), so one table shows everything. */
function fieldRows(schema: SchemaLike, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => {
    const row = { name: `${prefix}${name}`, schema: field, required: required.has(name) };
    return field.properties ? [row, ...fieldRows(field, `${row.name}.`)] : [row];
  });
}

/** A schema as HTML: a field table for an object, otherwise its type in words. */
export function schemaHtml(schema: SchemaLike): string {
  if (!schema.properties) {
    return `<p>Type: ${typeLabel(schema)}${schema.description ? ` — ${inlineText(schema.description)}` : ''}</p>`;
  }
  const rows = fieldRows(schema)
    .map(({ name, schema: field, required }) => {
      const description = [field.description ? inlineText(field.description) : '', ...constraints(field)]
        .filter(Boolean)
        .join('; ');
      return `<tr><td><code>${escapeHtml(name)}</code></td><td>${typeLabel(field)}</td><td>${
        required ? 'yes' : 'no'
      }</td><td>${description}</td></tr>`;
    })
    .join('');
  return `<div class="table-scroll"><table>
<thead><tr><th scope="col">field</th><th scope="col">type</th><th scope="col">required</th><th scope="col">description</th></tr></thead>
<tbody>${rows}</tbody>
</table></div>`;
}

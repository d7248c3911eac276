/**
 * ProseMirror JSON of a worksheet or of one of its nodes, as `editor.getJSON()` returns it. The same shape as
 * Tiptap's `JSONContent`, written out here so that the light entry needs no Tiptap (checked in
 * tiptap/worksheetJSON.test.ts). `any` as in Tiptap, so that the two stay assignable both ways.
 */
export interface WorksheetJSON {
  type?: string;
  // biome-ignore lint/suspicious/noExplicitAny: mirrors JSONContent's attribute values
  attrs?: Record<string, any> | undefined;
  content?: WorksheetJSON[];
  marks?: WorksheetMarkJSON[];
  text?: string;
  // biome-ignore lint/suspicious/noExplicitAny: mirrors JSONContent's open shape
  [key: string]: any;
}

/** A mark on an inline node in ProseMirror JSON (`bold`, `italic`, …). */
export interface WorksheetMarkJSON {
  type: string;
  // biome-ignore lint/suspicious/noExplicitAny: mirrors JSONContent's mark attribute values
  attrs?: Record<string, any>;
  // biome-ignore lint/suspicious/noExplicitAny: mirrors JSONContent's open shape
  [key: string]: any;
}

/** Attributes of a node in JSON, read without trusting their shape. */
export function attributesOf(node: WorksheetJSON): Record<string, unknown> {
  return (node.attrs ?? {}) as Record<string, unknown>;
}

/** Plain text of a node and its descendants, blocks separated by newlines. */
export function plainTextOf(node: WorksheetJSON): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const children = node.content ?? [];
  const inline = children.every((child) => child.type === 'text' || child.type === 'hardBreak');
  return children.map(plainTextOf).join(inline ? '' : '\n');
}

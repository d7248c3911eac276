import type { JSONContent } from '@tiptap/core';

/** ProseMirror JSON of a worksheet or of one of its nodes, as `editor.getJSON()` returns it. */
export type WorksheetJSON = JSONContent;

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

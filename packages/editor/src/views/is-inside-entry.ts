import { NODE_NAMES } from '@interlude/schema';
import type { Editor } from '@tiptap/core';

/**
 * Whether the node at `pos` sits in a client's entry. Entry items are made from the group's field
 * definitions, so they are configured there, not one by one.
 */
export function isInsideEntry(editor: Editor, pos: number | undefined): boolean {
  if (pos === undefined) return false;
  const $pos = editor.state.doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    if ($pos.node(depth).type.name === NODE_NAMES.entry) return true;
  }
  return false;
}

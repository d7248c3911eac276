import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

export interface FoundNode {
  node: ProseMirrorNode;
  pos: number;
}

/** The first node carrying this `id` attribute, with its position; null when there is none. */
export function findNodeById(doc: ProseMirrorNode, id: string): FoundNode | null {
  let found: FoundNode | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (node.attrs.id === id) found = { node, pos };
    return !found;
  });
  return found;
}

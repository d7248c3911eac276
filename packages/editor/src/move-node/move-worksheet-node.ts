import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';

export type MoveDirection = 'up' | 'down';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    moveWorksheetNode: {
      /**
       * Swaps a block with its neighbour inside the same parent: the node starting at `pos`, or else the
       * selected node, or else the top-level block holding the cursor. False at either end.
       */
      moveWorksheetNode: (direction: MoveDirection, pos?: number) => ReturnType;
    };
  }
}

function blockStartFromSelection(tr: Transaction): number | null {
  const { selection } = tr;
  if (selection instanceof NodeSelection) return selection.from;
  const { $from } = selection;
  return $from.depth >= 1 ? $from.before(1) : null;
}

/** Moves the node at `pos` one place within its parent; returns the node's new position or null. */
export function moveNodeInTransaction(tr: Transaction, pos: number, direction: MoveDirection): number | null {
  const $pos = tr.doc.resolve(pos);
  const node: ProseMirrorNode | null = $pos.nodeAfter;
  if (!node) return null;
  const parent = $pos.parent;
  const index = $pos.index();
  if (direction === 'up') {
    if (index === 0) return null;
    const previous = parent.child(index - 1);
    const previousStart = pos - previous.nodeSize;
    tr.replaceWith(previousStart, pos + node.nodeSize, [node, previous]);
    return previousStart;
  }
  if (index >= parent.childCount - 1) return null;
  const next = parent.child(index + 1);
  tr.replaceWith(pos, pos + node.nodeSize + next.nodeSize, [next, node]);
  return pos + next.nodeSize;
}

/** Reordering of worksheet blocks: commands for toolbars and node views, Alt+↑/↓ from the keyboard. */
export const MoveWorksheetNode = Extension.create({
  name: 'moveWorksheetNode',

  addCommands() {
    return {
      moveWorksheetNode:
        (direction, pos) =>
        ({ tr, dispatch }) => {
          const start = pos ?? blockStartFromSelection(tr);
          if (start === null) return false;
          const { selection } = tr;
          const wasNodeSelection = selection instanceof NodeSelection && selection.from === start;
          const nodeSize = tr.doc.resolve(start).nodeAfter?.nodeSize ?? 0;
          const cursorInside = !wasNodeSelection && selection.from > start && selection.to < start + nodeSize;
          if (!dispatch) {
            const $pos = tr.doc.resolve(start);
            const index = $pos.index();
            return direction === 'up' ? index > 0 : index < $pos.parent.childCount - 1;
          }
          const movedTo = moveNodeInTransaction(tr, start, direction);
          if (movedTo === null) return false;
          // Keep the selection on the moved block, so repeated Alt+↑ keeps moving the same block.
          if (wasNodeSelection) tr.setSelection(NodeSelection.create(tr.doc, movedTo));
          if (cursorInside) {
            const shift = movedTo - start;
            tr.setSelection(TextSelection.create(tr.doc, selection.anchor + shift, selection.head + shift));
          }
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    return {
      'Alt-ArrowUp': () => this.editor.commands.moveWorksheetNode('up'),
      'Alt-ArrowDown': () => this.editor.commands.moveWorksheetNode('down'),
    };
  },
});

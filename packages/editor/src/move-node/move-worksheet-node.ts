import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, NodeSelection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { OtherCaret } from '../collaboration/other-carets.js';

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

export interface MoveWorksheetNodeOptions {
  /** Where other people's carets are: a move waits while someone writes in one of the two blocks it swaps. */
  otherCarets: (state: EditorState) => OtherCaret[];
  /** Told why a move did not happen. */
  onMoveRefused: (message: string) => void;
}

/** The two blocks a move would swap, as one range: [from, to). */
function swappedRange(
  tr: Transaction,
  start: number,
  direction: MoveDirection,
): { from: number; to: number } | null {
  const $pos = tr.doc.resolve(start);
  const node = $pos.nodeAfter;
  if (!node) return null;
  const index = $pos.index();
  if (direction === 'up') {
    if (index === 0) return null;
    return { from: start - $pos.parent.child(index - 1).nodeSize, to: start + node.nodeSize };
  }
  if (index >= $pos.parent.childCount - 1) return null;
  return { from: start, to: start + node.nodeSize + $pos.parent.child(index + 1).nodeSize };
}

/**
 * Reordering of worksheet blocks: commands for toolbars and node views, Alt+↑/↓ from the keyboard.
 * A move is a delete and an insert in the shared document, so what someone else types inside the blocks
 * at that moment would be lost: a move waits while another person's caret is in either block.
 */
export const MoveWorksheetNode = Extension.create<MoveWorksheetNodeOptions>({
  name: 'moveWorksheetNode',

  addOptions() {
    return { otherCarets: () => [], onMoveRefused: () => undefined };
  },

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
          const range = swappedRange(tr, start, direction);
          const writer = range
            ? this.options
                .otherCarets(this.editor.state)
                .find((caret) => caret.pos > range.from && caret.pos < range.to)
            : undefined;
          if (writer) {
            this.options.onMoveRefused(
              `${writer.name} is writing there now: move it once they have finished.`,
            );
            return false;
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

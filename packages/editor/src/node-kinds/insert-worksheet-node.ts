import { Extension } from '@tiptap/core';
import { WORKSHEET_NODE_KINDS, type WorksheetNodeKind } from './worksheet-node-kinds.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    insertWorksheetNode: {
      /**
       * Inserts a new block of this kind after the top-level block holding the cursor (or replacing
       * `range`, e.g. the "/query" typed into an empty line). False for an unknown kind.
       */
      insertWorksheetNode: (
        kind: WorksheetNodeKind['key'],
        range?: { from: number; to: number },
      ) => ReturnType;
    };
  }
}

/** Inserting blocks from the toolbar and the slash menu. */
export const InsertWorksheetNode = Extension.create({
  name: 'insertWorksheetNode',

  addCommands() {
    return {
      insertWorksheetNode:
        (key, range) =>
        ({ state, chain }) => {
          const kind = WORKSHEET_NODE_KINDS.find((candidate) => candidate.key === key);
          if (!kind) return false;
          if (range) return chain().insertContentAt(range, kind.create()).run();
          const { $from } = state.selection;
          // An empty top-level paragraph is replaced; otherwise the block goes after the current one.
          const topLevel = $from.depth >= 1 ? $from.node(1) : null;
          if (topLevel?.type.name === 'paragraph' && topLevel.content.size === 0) {
            return chain()
              .insertContentAt({ from: $from.before(1), to: $from.after(1) }, kind.create())
              .run();
          }
          // A selected top-level block (depth 0) is followed by the new one.
          const at = $from.depth >= 1 ? $from.after(1) : state.selection.to;
          return chain().insertContentAt(at, kind.create()).run();
        },
    };
  },
});

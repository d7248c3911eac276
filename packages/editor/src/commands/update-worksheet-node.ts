import { Extension } from '@tiptap/core';
import { findNodeById } from './find-node-by-id.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    worksheetNodeById: {
      /** Sets attributes of the node with this id (an answer, a setting). False when no node has the id. */
      updateWorksheetNode: (id: string, attributes: Record<string, unknown>) => ReturnType;
      /** Removes the node with this id. False when no node has the id. */
      deleteWorksheetNode: (id: string) => ReturnType;
    };
  }
}

/** Commands addressing worksheet nodes by their stable id, as views, toolbars and tests know them. */
export const WorksheetNodeById = Extension.create({
  name: 'worksheetNodeById',

  addCommands() {
    return {
      updateWorksheetNode:
        (id, attributes) =>
        ({ tr, dispatch }) => {
          const found = findNodeById(tr.doc, id);
          if (!found) return false;
          if (dispatch) tr.setNodeMarkup(found.pos, undefined, { ...found.node.attrs, ...attributes });
          return true;
        },
      deleteWorksheetNode:
        (id) =>
        ({ tr, dispatch }) => {
          const found = findNodeById(tr.doc, id);
          if (!found) return false;
          if (dispatch) tr.delete(found.pos, found.pos + found.node.nodeSize);
          return true;
        },
    };
  },
});

import { createEntryJSON, type EntryFieldDefinition, NODE_NAMES } from '@interlude/schema';
import { EntryGroupNode } from '@interlude/schema/tiptap';
import { findNodeById } from '../../commands/find-node-by-id.js';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { EntryGroupView } from './EntryGroupView.js';
import { localIsoDate } from './local-iso-date.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    entryGroup: {
      /**
       * Adds an entry made from the group's field definitions, dated `date` (default: today on this device),
       * at the end of the group. False when there is no such group.
       */
      addEntry: (groupId: string, date?: string | null) => ReturnType;
    };
  }
}

export interface EntryGroupOptions {
  /** Today's date as the client's device sees it; replaceable so tests do not depend on the clock. */
  today: () => string;
}

/** A diary or log: the therapist defines the fields, the client adds one entry per day or attempt. */
export const EntryGroup = EntryGroupNode.extend<EntryGroupOptions>({
  addOptions() {
    return { today: () => localIsoDate(new Date()) };
  },

  addNodeView() {
    return ownBlockNodeViewRenderer(EntryGroupView, { stopEvent: stopControlEvents });
  },

  addCommands() {
    return {
      addEntry:
        (groupId, date) =>
        ({ tr, dispatch }) => {
          const found = findNodeById(tr.doc, groupId);
          if (!found || found.node.type.name !== NODE_NAMES.entryGroup) return false;
          const fields = found.node.attrs.fields as EntryFieldDefinition[];
          if (fields.length === 0) return false;
          if (dispatch) {
            const entryJSON = createEntryJSON(fields, date === undefined ? this.options.today() : date);
            tr.insert(found.pos + found.node.nodeSize - 1, tr.doc.type.schema.nodeFromJSON(entryJSON));
          }
          return true;
        },
    };
  },
});

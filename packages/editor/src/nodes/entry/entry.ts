import { EntryNode } from '@interlude/schema/tiptap';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { EntryView } from './EntryView.js';

/** One dated entry of a diary; it and everything in it belong to the client. */
export const Entry = EntryNode.extend({
  addNodeView() {
    // Entry headings are numbered by position, so they re-render when an earlier entry goes.
    return ownBlockNodeViewRenderer(EntryView, { stopEvent: stopControlEvents, trackNodeViewPosition: true });
  },
});

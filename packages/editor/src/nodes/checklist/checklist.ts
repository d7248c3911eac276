import { ChecklistNode } from '@interlude/schema/tiptap';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { ChecklistView } from './ChecklistView.js';

/** Tick the items that apply; `checked` lists the ticked item ids. */
export const Checklist = ChecklistNode.extend({
  addNodeView() {
    return ownBlockNodeViewRenderer(ChecklistView, { stopEvent: stopControlEvents });
  },
});

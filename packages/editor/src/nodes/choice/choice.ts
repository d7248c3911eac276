import { ChoiceNode } from '@interlude/schema/tiptap';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { ChoiceView } from './ChoiceView.js';

/** Pick one of a few labelled options; `value` null means not answered yet. */
export const Choice = ChoiceNode.extend({
  addNodeView() {
    return ownBlockNodeViewRenderer(ChoiceView, { stopEvent: stopControlEvents });
  },
});

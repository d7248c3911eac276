import { GoalStepNode } from '@interlude/schema/tiptap';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { GoalStepView } from './GoalStepView.js';

/** One action step of a goal; the client ticks it when done. */
export const GoalStep = GoalStepNode.extend({
  addNodeView() {
    return ownBlockNodeViewRenderer(GoalStepView, { stopEvent: stopControlEvents });
  },
});

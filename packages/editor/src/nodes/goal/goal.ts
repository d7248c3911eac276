import { goalStep, NODE_NAMES } from '@interlude/schema';
import { GoalNode } from '@interlude/schema/tiptap';
import { findNodeById } from '../../commands/find-node-by-id.js';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { GoalView } from './GoalView.js';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    goal: {
      /** Appends an empty step to the goal with this id. False when there is no such goal. */
      addGoalStep: (goalId: string, text?: string, stepId?: string) => ReturnType;
    };
  }
}

/** A goal with its steps; `progress` (0–100) is the client's own estimate. */
export const Goal = GoalNode.extend({
  addNodeView() {
    return ownBlockNodeViewRenderer(GoalView, { stopEvent: stopControlEvents });
  },

  addCommands() {
    return {
      addGoalStep:
        (goalId, text = '', stepId = undefined) =>
        ({ tr, dispatch }) => {
          const found = findNodeById(tr.doc, goalId);
          if (!found || found.node.type.name !== NODE_NAMES.goal) return false;
          if (dispatch) {
            const step = tr.doc.type.schema.nodeFromJSON(goalStep({ text, id: stepId }));
            // The end of the goal's content: just before its closing token.
            tr.insert(found.pos + found.node.nodeSize - 1, step);
          }
          return true;
        },
    };
  },
});

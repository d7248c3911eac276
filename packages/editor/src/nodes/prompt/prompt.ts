import { PromptNode } from '@interlude/schema/tiptap';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { PromptView } from './PromptView.js';

/** A question whose content is the client's rich-text answer. */
export const Prompt = PromptNode.extend({
  addNodeView() {
    return ownBlockNodeViewRenderer(PromptView, { stopEvent: stopControlEvents });
  },
});

import { ChoiceNode } from '@interlude/schema/tiptap';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { ChoiceView } from './ChoiceView.js';

/** Pick one of a few labelled options; `value` null means not answered yet. */
export const Choice = ChoiceNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ChoiceView, { stopEvent: stopControlEvents });
  },
});

import { FieldNode } from '@interlude/schema/tiptap';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { FieldView } from './FieldView.js';

/** A short typed answer (text, time, minutes, number, date, yes/no); `value` null means not answered. */
export const Field = FieldNode.extend({
  addNodeView() {
    return ownBlockNodeViewRenderer(FieldView, { stopEvent: stopControlEvents });
  },
});

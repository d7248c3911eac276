import { FieldNode } from '@interlude/schema/tiptap';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { FieldView } from './FieldView.js';

/** A short typed answer (text, time, minutes, number, date, yes/no); `value` null means not answered. */
export const Field = FieldNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FieldView, { stopEvent: stopControlEvents });
  },
});

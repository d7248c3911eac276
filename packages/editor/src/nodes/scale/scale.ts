import { ScaleNode } from '@interlude/schema/tiptap';
import { ownBlockNodeViewRenderer } from '../../views/own-block-node-view.js';
import { stopControlEvents } from '../../views/stop-control-events.js';
import { ScaleView } from './ScaleView.js';

/** A numeric rating with labelled ends; `value` null means not answered yet. */
export const Scale = ScaleNode.extend({
  addNodeView() {
    return ownBlockNodeViewRenderer(ScaleView, { stopEvent: stopControlEvents });
  },
});

import type { ScaleAttributes } from '@interlude/schema';
import type { NodeViewProps } from '@tiptap/react';
import { canAnswer, canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { ScaleControl } from './ScaleControl.js';
import { ScaleSettings } from './ScaleSettings.js';

export function ScaleView(view: NodeViewProps) {
  const attributes = view.node.attrs as ScaleAttributes;
  return (
    <NodeFrame kindLabel="Rating scale" view={view}>
      <ScaleControl
        label={attributes.required ? `${attributes.label} (required)` : attributes.label}
        min={attributes.min}
        max={attributes.max}
        step={attributes.step}
        minLabel={attributes.minLabel}
        maxLabel={attributes.maxLabel}
        anchors={attributes.anchors}
        value={attributes.value}
        disabled={!canAnswer(view)}
        onChange={(value) => view.updateAttributes({ value })}
      />
      {canConfigure(view) ? <ScaleSettings attributes={attributes} update={view.updateAttributes} /> : null}
    </NodeFrame>
  );
}

import type { FieldAttributes } from '@interlude/schema';
import type { NodeViewProps } from '@tiptap/react';
import { canAnswer, canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { FieldInput } from './FieldInput.js';
import { FieldSettings } from './FieldSettings.js';

export function FieldView(view: NodeViewProps) {
  const attributes = view.node.attrs as FieldAttributes;
  const label = `${attributes.label || 'Answer'}${attributes.required ? ' (required)' : ''}`;
  return (
    <NodeFrame kindLabel="Short field" view={view}>
      <div contentEditable={false}>
        <FieldInput
          label={label}
          fieldType={attributes.fieldType}
          unit={attributes.unit}
          value={attributes.value}
          disabled={!canAnswer(view)}
          onChange={(value) => view.updateAttributes({ value })}
        />
      </div>
      {canConfigure(view) ? <FieldSettings attributes={attributes} update={view.updateAttributes} /> : null}
    </NodeFrame>
  );
}

import type { ChoiceAttributes } from '@interlude/schema';
import type { NodeViewProps } from '@tiptap/react';
import { canAnswer, canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { ChoiceOptions } from './ChoiceOptions.js';
import { ChoiceSettings } from './ChoiceSettings.js';

export function ChoiceView(view: NodeViewProps) {
  const attributes = view.node.attrs as ChoiceAttributes;
  return (
    <NodeFrame kindLabel="Choice" view={view}>
      <fieldset className="interlude-choice" contentEditable={false}>
        <legend className="interlude-choice__label">
          {attributes.label || 'Choose one'}
          {attributes.required ? <span className="interlude-required"> (required)</span> : null}
        </legend>
        <ChoiceOptions
          name={`choice-${attributes.id ?? 'new'}`}
          options={attributes.options}
          value={attributes.value}
          disabled={!canAnswer(view)}
          onChange={(value) => view.updateAttributes({ value })}
        />
      </fieldset>
      {canConfigure(view) ? <ChoiceSettings attributes={attributes} update={view.updateAttributes} /> : null}
    </NodeFrame>
  );
}

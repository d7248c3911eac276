import type { ChecklistAttributes } from '@interlude/schema';
import type { NodeViewProps } from '@tiptap/react';
import { canAnswer, canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { ChecklistItems } from './ChecklistItems.js';
import { ChecklistSettings } from './ChecklistSettings.js';

export function ChecklistView(view: NodeViewProps) {
  const attributes = view.node.attrs as ChecklistAttributes;
  return (
    <NodeFrame kindLabel="Checklist" view={view}>
      <fieldset className="interlude-checklist" contentEditable={false}>
        <legend className="interlude-checklist__label">
          {attributes.label || 'Tick what applies'}
          {attributes.required ? <span className="interlude-required"> (required)</span> : null}
        </legend>
        <ChecklistItems
          items={attributes.items}
          checked={attributes.checked}
          disabled={!canAnswer(view)}
          onChange={(checked) => view.updateAttributes({ checked })}
        />
      </fieldset>
      {canConfigure(view) ? (
        <ChecklistSettings attributes={attributes} update={view.updateAttributes} />
      ) : null}
    </NodeFrame>
  );
}

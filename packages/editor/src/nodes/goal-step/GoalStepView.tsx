import type { GoalStepAttributes } from '@interlude/schema';
import { type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useEffect, useId, useRef } from 'react';
import { canAnswer, canConfigure } from '../../views/can-configure.js';
import { takeStepFocusRequest } from './step-focus-requests.js';

export function GoalStepView(view: NodeViewProps) {
  const attributes = view.node.attrs as GoalStepAttributes;
  const checkboxId = useId();
  const configurable = canConfigure(view);
  const textInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (attributes.id && takeStepFocusRequest(attributes.id)) textInput.current?.focus();
  }, [attributes.id]);
  return (
    <NodeViewWrapper className="interlude-goal-step" data-type="goalStep" contentEditable={false}>
      <input
        id={checkboxId}
        type="checkbox"
        checked={attributes.checked}
        disabled={!canAnswer(view)}
        onChange={(event) => view.updateAttributes({ checked: event.target.checked })}
        aria-label={configurable ? `Done: ${attributes.text || 'new step'}` : undefined}
      />
      {configurable ? (
        <span className="interlude-goal-step__edit">
          <input
            ref={textInput}
            type="text"
            aria-label="Step"
            placeholder="Describe the step"
            value={attributes.text}
            onChange={(event) => view.updateAttributes({ text: event.target.value })}
          />
          <input
            type="date"
            aria-label="Due date of the step"
            value={attributes.dueDate ?? ''}
            onChange={(event) => view.updateAttributes({ dueDate: event.target.value || null })}
          />
          <button
            type="button"
            aria-label={`Remove step ${attributes.text}`}
            onClick={() => view.deleteNode()}
          >
            ✕
          </button>
        </span>
      ) : (
        <label htmlFor={checkboxId} className="interlude-goal-step__text">
          {attributes.text}
          {attributes.dueDate ? (
            <span className="interlude-goal-step__due"> (by {attributes.dueDate})</span>
          ) : null}
        </label>
      )}
    </NodeViewWrapper>
  );
}

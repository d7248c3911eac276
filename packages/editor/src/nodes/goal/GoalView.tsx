import { createNodeId, type GoalAttributes } from '@interlude/schema';
import { NodeViewContent, type NodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { canAnswer, canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { requestStepFocus } from '../goal-step/step-focus-requests.js';
import { ScaleControl } from '../scale/ScaleControl.js';
import { GoalSettings } from './GoalSettings.js';

function stepsDone(view: NodeViewProps): { done: number; total: number } {
  let done = 0;
  view.node.forEach((step) => {
    if (step.attrs.checked === true) done += 1;
  });
  return { done, total: view.node.childCount };
}

export function GoalView(view: NodeViewProps) {
  const attributes = view.node.attrs as GoalAttributes;
  const titleId = useId();
  const { done, total } = stepsDone(view);
  return (
    <NodeFrame kindLabel="Goal" view={view}>
      <div className="interlude-goal__header" contentEditable={false}>
        <p className="interlude-goal__title" id={titleId}>
          {attributes.title || <span className="interlude-placeholder">Untitled goal</span>}
        </p>
        {attributes.why ? <p className="interlude-goal__why">{attributes.why}</p> : null}
        {attributes.targetDate ? <p className="interlude-goal__date">By {attributes.targetDate}</p> : null}
        {canConfigure(view) ? (
          <GoalSettings
            attributes={attributes}
            update={view.updateAttributes}
            addStep={() => {
              if (!attributes.id) return;
              const stepId = createNodeId();
              if (view.editor.commands.addGoalStep(attributes.id, '', stepId)) requestStepFocus(stepId);
            }}
          />
        ) : null}
      </div>
      <fieldset className="interlude-goal__steps" aria-labelledby={titleId}>
        {total > 0 ? (
          <p className="interlude-goal__count" contentEditable={false}>
            {done} of {total} steps done
          </p>
        ) : null}
        <NodeViewContent className="interlude-goal__step-list" />
      </fieldset>
      <div className="interlude-goal__progress" contentEditable={false}>
        <ScaleControl
          label="How far along are you (percent)?"
          min={0}
          max={100}
          step={10}
          minLabel="Not started"
          maxLabel="Done"
          value={attributes.progress}
          disabled={!canAnswer(view)}
          onChange={(progress) => view.updateAttributes({ progress })}
        />
      </div>
    </NodeFrame>
  );
}

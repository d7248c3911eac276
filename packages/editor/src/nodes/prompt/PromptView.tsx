import type { PromptAttributes } from '@interlude/schema';
import { NodeViewContent, type NodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { CheckboxSetting } from '../../views/CheckboxSetting.js';
import { canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';

export function PromptView(view: NodeViewProps) {
  const attributes = view.node.attrs as PromptAttributes;
  const questionId = useId();
  const guidanceId = useId();
  return (
    <NodeFrame kindLabel="Question" view={view}>
      <div className="interlude-prompt__header" contentEditable={false}>
        <p className="interlude-prompt__question" id={questionId}>
          {attributes.question || <span className="interlude-placeholder">Untitled question</span>}
          {attributes.required ? <span className="interlude-required"> (required)</span> : null}
        </p>
        {attributes.guidance ? (
          <p className="interlude-prompt__guidance" id={guidanceId}>
            {attributes.guidance}
          </p>
        ) : null}
        {canConfigure(view) ? (
          <SettingsPanel>
            <TextSetting
              label="Question"
              value={attributes.question}
              onChange={(question) => view.updateAttributes({ question })}
            />
            <TextSetting
              label="Guidance for the client"
              multiline
              value={attributes.guidance}
              onChange={(guidance) => view.updateAttributes({ guidance })}
            />
            <CheckboxSetting
              label="Answer required"
              checked={attributes.required}
              onChange={(required) => view.updateAttributes({ required })}
            />
          </SettingsPanel>
        ) : null}
      </div>
      <div
        className="interlude-prompt__answer"
        role="group"
        aria-labelledby={questionId}
        aria-describedby={attributes.guidance ? guidanceId : undefined}
      >
        <NodeViewContent className="interlude-prompt__content" />
      </div>
    </NodeFrame>
  );
}

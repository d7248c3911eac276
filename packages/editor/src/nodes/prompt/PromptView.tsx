import type { PromptAttributes } from '@interlude/schema';
import { NodeViewContent, type NodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { CheckboxSetting } from '../../views/CheckboxSetting.js';
import { canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';
import { placeCaretInAnswerOnPress } from './caret-into-answer.js';

export function PromptView(view: NodeViewProps) {
  const attributes = view.node.attrs as PromptAttributes;
  const guidanceId = useId();
  return (
    <NodeFrame kindLabel="Question" view={view}>
      {/* The answer is grouped under its question, so a screen reader announces which question it answers. */}
      <fieldset
        className="interlude-prompt"
        aria-describedby={attributes.guidance ? guidanceId : undefined}
        onMouseDown={placeCaretInAnswerOnPress(view)}
      >
        <legend className="interlude-prompt__question" contentEditable={false}>
          {attributes.question || <span className="interlude-placeholder">Untitled question</span>}
          {attributes.required ? <span className="interlude-required"> (required)</span> : null}
        </legend>
        {attributes.guidance ? (
          <p className="interlude-prompt__guidance" id={guidanceId} contentEditable={false}>
            {attributes.guidance}
          </p>
        ) : null}
        <NodeViewContent className="interlude-prompt__answer" />
      </fieldset>
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
    </NodeFrame>
  );
}

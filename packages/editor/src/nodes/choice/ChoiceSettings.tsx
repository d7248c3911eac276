import { type ChoiceAttributes, type ChoiceOption, createNodeId } from '@interlude/schema';
import { CheckboxSetting } from '../../views/CheckboxSetting.js';
import { SettingsPanel } from '../../views/SettingsPanel.js';
import { TextSetting } from '../../views/TextSetting.js';

export interface ChoiceSettingsProps {
  attributes: ChoiceAttributes;
  update: (attributes: Partial<ChoiceAttributes>) => void;
}

/** The therapist's settings of a choice: its label and its options (at least one stays). */
export function ChoiceSettings({ attributes, update }: ChoiceSettingsProps) {
  if (attributes.measureId !== null) {
    return (
      <p className="interlude-note" contentEditable={false}>
        This item belongs to a scored measure, so its wording and options stay as published.
      </p>
    );
  }
  const setOptions = (options: ChoiceOption[]) => update({ options });
  return (
    <SettingsPanel>
      <TextSetting label="Question" value={attributes.label} onChange={(label) => update({ label })} />
      <fieldset className="interlude-settings__list">
        <legend>Options</legend>
        {attributes.options.map((option, index) => (
          <div key={String(option.value)} className="interlude-settings__list-row">
            <TextSetting
              label={`Option ${index + 1}`}
              value={option.label}
              onChange={(label) =>
                setOptions(
                  attributes.options.map((other, at) => (at === index ? { ...other, label } : other)),
                )
              }
            />
            <button
              type="button"
              disabled={attributes.options.length <= 1}
              aria-label={`Remove option ${index + 1}`}
              onClick={() => setOptions(attributes.options.filter((_, at) => at !== index))}
            >
              ✕
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setOptions([
              ...attributes.options,
              { value: createNodeId(), label: `Option ${attributes.options.length + 1}` },
            ])
          }
        >
          Add option
        </button>
      </fieldset>
      <CheckboxSetting
        label="Answer required"
        checked={attributes.required}
        onChange={(required) => update({ required })}
      />
    </SettingsPanel>
  );
}

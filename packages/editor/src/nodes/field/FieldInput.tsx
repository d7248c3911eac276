import type { FieldType } from '@interlude/schema';
import { useId } from 'react';
import { useDraft } from '../../views/use-draft.js';
import { type FieldValue, fieldValueFromInput, fieldValueToInput } from './field-value.js';

export interface FieldInputProps {
  label: string;
  fieldType: FieldType;
  unit: string | null;
  value: FieldValue;
  onChange: (value: FieldValue) => void;
  disabled?: boolean;
}

const INPUT_TYPES: Record<Exclude<FieldType, 'yesno'>, string> = {
  text: 'text',
  time: 'time',
  duration: 'number',
  number: 'number',
  date: 'date',
};

/** The input that suits a field's type, labelled with the field's label and unit. */
export function FieldInput({ label, fieldType, unit, value, onChange, disabled }: FieldInputProps) {
  const id = useId();
  const draft = useDraft(fieldValueToInput(value));
  const commit = (raw: string) => {
    const next = fieldValueFromInput(fieldType, raw);
    if (next !== undefined && next !== value) onChange(next);
  };
  const shownUnit = fieldType === 'duration' ? (unit ?? 'minutes') : unit;

  if (fieldType === 'yesno') {
    return (
      <fieldset className="interlude-field interlude-field--yesno">
        <legend>{label}</legend>
        {(['yes', 'no'] as const).map((answer) => (
          <label key={answer} className="interlude-option">
            <input
              type="radio"
              name={id}
              checked={fieldValueToInput(value) === answer}
              disabled={disabled}
              onChange={() => commit(answer)}
            />
            <span>{answer === 'yes' ? 'Yes' : 'No'}</span>
          </label>
        ))}
      </fieldset>
    );
  }

  return (
    <div className={`interlude-field interlude-field--${fieldType}`}>
      <label htmlFor={id}>{label}</label>
      <span className="interlude-field__input-row">
        <input
          id={id}
          type={INPUT_TYPES[fieldType]}
          inputMode={fieldType === 'duration' ? 'numeric' : fieldType === 'number' ? 'decimal' : undefined}
          min={fieldType === 'duration' ? 0 : undefined}
          step={fieldType === 'duration' ? 1 : undefined}
          value={draft.shown}
          disabled={disabled}
          onChange={(event) => {
            draft.edit(event.target.value);
            commit(event.target.value);
          }}
          onBlur={draft.finish}
        />
        {shownUnit ? <span className="interlude-field__unit">{shownUnit}</span> : null}
      </span>
    </div>
  );
}

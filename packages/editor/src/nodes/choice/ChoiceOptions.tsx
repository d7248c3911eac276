import type { ChoiceOption } from '@interlude/schema';
import { useId, useRef } from 'react';
import { ClearAnswerButton } from '../../views/ClearAnswerButton.js';

export interface ChoiceOptionsProps {
  name: string;
  options: readonly ChoiceOption[];
  value: string | number | null;
  onChange: (value: string | number | null) => void;
  disabled?: boolean;
}

/**
 * A radio group: Tab reaches it, arrow keys move between options (native radio behaviour), and Tab again
 * leaves for the next question. Clearing sits before the options, so it is reached with Shift+Tab only.
 */
export function ChoiceOptions({ name, options, value, onChange, disabled }: ChoiceOptionsProps) {
  const groupName = `${name}-${useId()}`;
  const optionsRef = useRef<HTMLDivElement>(null);
  return (
    <>
      {disabled ? null : (
        <div className="interlude-answer-actions">
          <ClearAnswerButton
            answered={value !== null}
            onClear={() => onChange(null)}
            focusAfterClearing={() => optionsRef.current?.querySelector<HTMLInputElement>('input')}
          />
        </div>
      )}
      <div className="interlude-choice__options" ref={optionsRef}>
        {options.map((option) => (
          <label key={String(option.value)} className="interlude-option">
            <input
              type="radio"
              name={groupName}
              checked={option.value === value}
              disabled={disabled}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </>
  );
}

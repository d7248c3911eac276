import type { ChoiceOption } from '@interlude/schema';
import { useId } from 'react';

export interface ChoiceOptionsProps {
  name: string;
  options: readonly ChoiceOption[];
  value: string | number | null;
  onChange: (value: string | number | null) => void;
  disabled?: boolean;
}

/** A radio group: Tab reaches it, arrow keys move between options (native radio behaviour). */
export function ChoiceOptions({ name, options, value, onChange, disabled }: ChoiceOptionsProps) {
  const groupName = `${name}-${useId()}`;
  return (
    <div className="interlude-choice__options">
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
      {value !== null && !disabled ? (
        <button type="button" className="interlude-link-button" onClick={() => onChange(null)}>
          Clear answer
        </button>
      ) : null}
    </div>
  );
}

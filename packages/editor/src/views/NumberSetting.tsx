import { useId } from 'react';
import { useDraft } from './use-draft.js';

export interface NumberSettingProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** Why a number is refused (e.g. "Must be below the highest value"), or null when it is fine. */
  problemWith?: (value: number) => string | null;
  min?: number;
  step?: number;
}

/**
 * A labelled number box. A number that is unreadable or refused by `problemWith` is not stored: the box keeps
 * what was typed, says what is wrong, and shows the stored value again when left.
 */
export function NumberSetting({ label, value, onChange, problemWith, min, step }: NumberSettingProps) {
  const id = useId();
  const problemId = useId();
  const draft = useDraft(String(value));
  const typed = Number(draft.shown);
  const problem =
    draft.shown.trim() === '' || !Number.isFinite(typed) ? 'Enter a number' : (problemWith?.(typed) ?? null);
  return (
    <div className="interlude-setting interlude-setting--number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={draft.shown}
        min={min}
        step={step}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          const text = event.target.value;
          draft.edit(text);
          const parsed = Number(text);
          if (text.trim() !== '' && Number.isFinite(parsed) && !problemWith?.(parsed)) onChange(parsed);
        }}
        onBlur={draft.finish}
      />
      {problem ? (
        <span className="interlude-setting__problem" id={problemId}>
          {problem}
        </span>
      ) : null}
    </div>
  );
}

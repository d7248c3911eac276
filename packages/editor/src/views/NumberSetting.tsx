import { useId } from 'react';

export interface NumberSettingProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  step?: number;
}

/** A labelled number box; an empty or unreadable entry is ignored rather than stored as NaN. */
export function NumberSetting({ label, value, onChange, min, step }: NumberSettingProps) {
  const id = useId();
  return (
    <div className="interlude-setting interlude-setting--number">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={value}
        min={min}
        step={step}
        onChange={(event) => {
          const parsed = event.target.valueAsNumber;
          if (Number.isFinite(parsed)) onChange(parsed);
        }}
      />
    </div>
  );
}

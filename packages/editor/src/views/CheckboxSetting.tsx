import { useId } from 'react';

export interface CheckboxSettingProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled on/off setting ("Answer required"). */
export function CheckboxSetting({ label, checked, onChange }: CheckboxSettingProps) {
  const id = useId();
  return (
    <div className="interlude-setting interlude-setting--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

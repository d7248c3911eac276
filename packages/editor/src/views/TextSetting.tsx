import { useId } from 'react';

export interface TextSettingProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date';
  placeholder?: string;
}

/** A labelled text box for one template setting (a question, a label, a date). */
export function TextSetting({
  label,
  value,
  onChange,
  multiline,
  type = 'text',
  placeholder,
}: TextSettingProps) {
  const id = useId();
  return (
    <div className="interlude-setting">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          placeholder={placeholder}
          rows={2}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type={type}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}

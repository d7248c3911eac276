import { useId } from 'react';
import { CopyButton } from './CopyButton';

export interface LinkBoxProps {
  label: string;
  url: string;
}

/** A one-time link shown read-only (selectable on a phone) with a copy button beside it. */
export function LinkBox({ label, url }: LinkBoxProps) {
  const id = useId();
  return (
    <div className="link-box">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="link-box__row">
        <input
          id={id}
          className="field__control link-box__url"
          value={url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton text={url} />
      </div>
    </div>
  );
}

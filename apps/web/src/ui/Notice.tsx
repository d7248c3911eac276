import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'warning' | 'error';

export interface NoticeProps {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
}

/** A message in a box. Errors are announced at once (role=alert), the rest politely (role=status). */
export function Notice({ tone = 'info', title, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children ? <div className="notice__text">{children}</div> : null}
    </div>
  );
}

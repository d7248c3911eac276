import type { ReactNode } from 'react';

/** The therapist's settings of one block, folded away so the worksheet still reads like the client sees it. */
export function SettingsPanel({ children, summary = 'Settings' }: { children: ReactNode; summary?: string }) {
  return (
    <details className="interlude-settings" contentEditable={false}>
      <summary>{summary}</summary>
      <div className="interlude-settings__body">{children}</div>
    </details>
  );
}

import type { ReactNode } from 'react';
import { SkipLink } from './SkipLink';

/** Sign-in, sign-up, invitation and reset: a centred card on a calm background. No router needed. */
export function PublicFrame({ children }: { children: ReactNode }) {
  return (
    <div className="public">
      <SkipLink />
      <header className="public__header">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true">
            ◐
          </span>
          <span className="brand__name">Interlude</span>
        </span>
      </header>
      <main id="main" className="public__main" tabIndex={-1}>
        <div className="card public__card">{children}</div>
      </main>
    </div>
  );
}

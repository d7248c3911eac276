import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMeForGate } from '../api/session';
import type { Role } from '../api/types';
import { OfflineSync } from '../local/OfflineSync';
import { QueryBoundary } from '../ui/QueryBoundary';
import { SignedInContext } from './signed-in';

export interface RequireRoleProps {
  /** Who may see the children; omit to allow anyone signed in. */
  allow?: Role;
  children: ReactNode;
}

/** Sends people who are not signed in to sign-in (and back afterwards), and the wrong role home. */
export function RequireRole({ allow, children }: RequireRoleProps) {
  const me = useMeForGate();
  const location = useLocation();
  return (
    <QueryBoundary query={me} loadingLabel="Checking your sign-in…">
      {(current) => {
        if (!current) {
          const next = `${location.pathname}${location.search}`;
          return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
        }
        if (allow && current.user.role !== allow) return <Navigate to="/" replace />;
        return (
          <SignedInContext value={current}>
            <OfflineSync />
            {children}
          </SignedInContext>
        );
      }}
    </QueryBoundary>
  );
}

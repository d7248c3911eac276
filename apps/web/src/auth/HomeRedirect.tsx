import { Navigate } from 'react-router';
import { useMeForGate } from '../api/session';
import { QueryBoundary } from '../ui/QueryBoundary';
import { homePathFor } from './home-path';

/** "/" leads to the signed-in person's start screen, or to sign-in. */
export function HomeRedirect() {
  const me = useMeForGate();
  return (
    <QueryBoundary query={me} loadingLabel="Opening Interlude…">
      {(current) => <Navigate to={current ? homePathFor(current.user.role) : '/sign-in'} replace />}
    </QueryBoundary>
  );
}

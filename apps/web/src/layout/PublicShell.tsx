import { Outlet } from 'react-router';
import { PublicFrame } from './PublicFrame';

/** The public routes inside the app, in the same frame the first page uses without a router. */
export function PublicShell() {
  return (
    <PublicFrame>
      <Outlet />
    </PublicFrame>
  );
}

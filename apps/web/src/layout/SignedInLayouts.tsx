import { RequireRole } from '../auth/RequireRole';
import { AppShell } from './AppShell';

// The signed-in header and navigation around each group of screens, loaded with the first of them
// (a signed-out visitor never downloads them).

export function TherapistLayout() {
  return (
    <RequireRole allow="therapist">
      <AppShell />
    </RequireRole>
  );
}

export function ClientLayout() {
  return (
    <RequireRole allow="client">
      <AppShell />
    </RequireRole>
  );
}

export function SignedInLayout() {
  return (
    <RequireRole>
      <AppShell />
    </RequireRole>
  );
}

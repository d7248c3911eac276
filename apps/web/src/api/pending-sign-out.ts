import { ApiError, api } from './http';

/**
 * A sign-out the server has not heard of yet. Signing out ends the session on this device at once,
 * even offline; the session cookie is HttpOnly, so the page cannot drop it itself: the server must
 * be told (it revokes the session and clears the cookie). Until it has been, this flag is kept, and
 * every "who am I" first sends the sign-out, so the ended session is never used again on this device.
 */
const PENDING_KEY = 'interlude-pending-sign-out';

let sending: Promise<boolean> | null = null;

export function rememberPendingSignOut(): void {
  try {
    localStorage.setItem(PENDING_KEY, '1');
  } catch {
    // Storage disabled: the sign-out below is still tried once; offline, the session expires on the server.
  }
}

export function hasPendingSignOut(): boolean {
  try {
    return localStorage.getItem(PENDING_KEY) !== null;
  } catch {
    return false;
  }
}

function forgetPendingSignOut(): void {
  try {
    localStorage.removeItem(PENDING_KEY);
  } catch {
    // Nothing to forget.
  }
}

/** Calls back when another tab of this browser signs out (its pending sign-out appears). */
export function onSignOutInAnotherTab(callback: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === PENDING_KEY && event.newValue !== null) callback();
  };
  window.addEventListener('storage', onStorage);
  return () => window.removeEventListener('storage', onStorage);
}

/**
 * Tells the server about a pending sign-out, if any. Resolves true when nothing is pending any more,
 * false while the server still cannot be told (offline, or it failed): then nobody counts as signed in.
 */
export function sendPendingSignOut(): Promise<boolean> {
  if (!hasPendingSignOut()) return Promise.resolve(true);
  sending ??= api
    .post('/api/auth/logout')
    .then(
      () => true,
      // No session on the server (401) is what signing out wanted.
      (error: unknown) => error instanceof ApiError && error.status === 401,
    )
    .then((done) => {
      if (done) forgetPendingSignOut();
      sending = null;
      return done;
    });
  return sending;
}

/**
 * Starts a new session (sign-in, sign-up, accepting an invitation): an old sign-out is sent first,
 * and once the new session exists the old one can no longer be told apart, so it is forgotten (that
 * server session then ends when it expires) rather than sent later and end the new one.
 */
export async function startingNewSession<T>(start: () => Promise<T>): Promise<T> {
  await sendPendingSignOut();
  const result = await start();
  forgetPendingSignOut();
  return result;
}

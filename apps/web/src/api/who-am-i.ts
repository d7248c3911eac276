import { ApiError, api } from './http';
import { sendPendingSignOut, startingNewSession } from './pending-sign-out';
import type { Me } from './types';

/**
 * The session requests with no query library, so the first page a new visitor loads can use them
 * (`entry/`); the app's hooks in `session.ts` wrap the same functions.
 */

/**
 * The signed-in person and their practice; `null` when nobody is signed in (401), or when this device
 * signed out and the server could not be told yet (the ended session is never used again here).
 */
export async function fetchMe(): Promise<Me | null> {
  if (!(await sendPendingSignOut())) return null;
  try {
    return await api.get<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export interface SignInInput {
  email: string;
  password: string;
}

/** Starts a session (the server sets the cookie); rejects with an ApiError saying why not. */
export function requestSignIn(input: SignInInput): Promise<unknown> {
  return startingNewSession(() => api.post('/api/auth/login', input));
}

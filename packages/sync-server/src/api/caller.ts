import type { Context } from 'hono';
import type { SignedIn } from '../people/signed-in-user.js';
import type { ApiEnv } from './api-env.js';
import { notSignedIn, therapistsOnly } from './api-error.js';

/** The signed-in caller, or a 401. */
export function signedInCaller(c: Context<ApiEnv>): SignedIn {
  const signedIn = c.get('signedIn');
  if (!signedIn) throw notSignedIn();
  return signedIn;
}

/** The signed-in therapist, or 401/403 (clients get 403 on therapist endpoints). */
export function therapistCaller(c: Context<ApiEnv>): SignedIn {
  const signedIn = signedInCaller(c);
  if (signedIn.user.role !== 'therapist') throw therapistsOnly();
  return signedIn;
}

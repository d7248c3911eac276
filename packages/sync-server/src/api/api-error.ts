import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One of several problems behind an error (a refused template file lists each), for people to act on. */
export interface ApiErrorProblem {
  code: string;
  message: string;
}

/**
 * An error the API answers with `{ error: { code, message, problems? } }`. The code is stable for programs,
 * the message is for people and says what to do; `problems`, when present, lists every problem found.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
    readonly problems?: readonly ApiErrorProblem[],
  ) {
    super(message);
  }
}

export const notSignedIn = () => new ApiError(401, 'not-signed-in', 'Sign in to continue.');
export const therapistsOnly = () => new ApiError(403, 'therapists-only', 'Only a therapist can do this.');
export const notFound = (what: string) =>
  new ApiError(404, 'not-found', `No such ${what}, or it is not yours to see.`);

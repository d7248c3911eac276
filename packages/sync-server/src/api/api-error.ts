import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * An error the API answers with `{ error: { code, message } }`. The code is stable for programs,
 * the message is for people and says what to do.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notSignedIn = () => new ApiError(401, 'not-signed-in', 'Sign in to continue.');
export const therapistsOnly = () => new ApiError(403, 'therapists-only', 'Only a therapist can do this.');
export const notFound = (what: string) =>
  new ApiError(404, 'not-found', `No such ${what}, or it is not yours to see.`);

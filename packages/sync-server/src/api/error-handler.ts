import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AttemptCountingUnavailableError } from '../people/attempt-limiter.js';
import { EmailInUseError } from '../people/user-store.js';
import { ApiError } from './api-error.js';

const codeForStatus: Partial<Record<number, string>> = {
  400: 'bad-request',
  401: 'not-signed-in',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  410: 'gone',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};

/** The API's only error handler: every failure leaves as `{ error: { code, message, problems? } }`. */
export function createApiErrorHandler(
  log: (error: unknown) => void,
  onAccessRefused: (c: Context, error: ApiError) => Promise<void> | void = () => {},
): ErrorHandler {
  return async (error, c) => {
    if (error instanceof ApiError) {
      if (error.status === 403 || error.code === 'not-found') {
        // The refusal is answered whether or not its audit entry could be written.
        await Promise.resolve(onAccessRefused(c, error)).catch(log);
      }
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      const problems = error.problems ? { problems: [...error.problems] } : {};
      return c.json({ error: { code: error.code, message: error.message, ...problems } }, error.status);
    }
    if (error instanceof EmailInUseError) {
      return c.json(
        { error: { code: 'email-in-use', message: 'An account with this email already exists.' } },
        409,
      );
    }
    if (error instanceof AttemptCountingUnavailableError) {
      // Redis is away (its outage is logged by the room bus): nothing for the log per attempt.
      c.header('Retry-After', '30');
      return c.json(
        {
          error: {
            code: 'sign-in-paused',
            message:
              'Signing in is paused for a moment while the server reconnects. Please try again shortly.',
          },
        },
        503,
      );
    }
    if (error instanceof HTTPException) {
      const status = error.status as ContentfulStatusCode;
      const message =
        status === 400 && /JSON/i.test(error.message)
          ? 'The request body is not valid JSON.'
          : status === 415
            ? 'Send the request body as JSON (Content-Type: application/json).'
            : error.message || 'The request could not be handled.';
      const code =
        status === 400 && /JSON/i.test(error.message) ? 'malformed-json' : (codeForStatus[status] ?? 'error');
      return c.json({ error: { code, message } }, status);
    }
    log(error);
    return c.json(
      { error: { code: 'internal', message: 'Something went wrong on the server; please try again.' } },
      500,
    );
  };
}

export const apiNotFound: NotFoundHandler = (c) =>
  c.json(
    { error: { code: 'not-found', message: `There is no API endpoint ${c.req.method} ${c.req.path}.` } },
    404,
  );

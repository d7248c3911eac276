import type { MiddlewareHandler } from 'hono';
import { isOriginAllowed, requestHost } from '../access/origin-policy.js';
import type { ServerConfig } from '../config.js';
import { ApiError } from './api-error.js';

const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence for cookie sessions (on top of SameSite=Lax): a write whose Origin is not ours is
 * refused. Browsers send Origin on every write; a request with neither Origin nor Sec-Fetch-Site
 * comes from a program, not from a page riding a visitor's cookie.
 */
export function requireAllowedOrigin(config: ServerConfig): MiddlewareHandler {
  return async (c, next) => {
    if (!mutatingMethods.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const refused = origin
      ? !isOriginAllowed(origin, config.allowedOrigins, requestHost(c.req.raw))
      : fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none';
    if (refused) {
      throw new ApiError(
        403,
        'origin-not-allowed',
        `Requests from ${origin ?? 'another site'} may not change anything here. Use the app at its own address.`,
      );
    }
    return next();
  };
}

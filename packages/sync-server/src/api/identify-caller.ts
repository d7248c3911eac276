import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { clientAddress } from '../access/client-address.js';
import type { Accounts } from '../accounts.js';
import type { ServerConfig } from '../config.js';
import { resolveSignedIn, SESSION_COOKIE } from '../people/signed-in-user.js';
import type { ApiEnv } from './api-env.js';

/** Works out who is calling (session cookie) and from where, once per request. */
export function identifyCaller(accounts: Accounts, config: ServerConfig): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    c.set('address', clientAddress(c.req.raw.headers, config.trustProxy, incoming?.socket?.remoteAddress));
    c.set('signedIn', await resolveSignedIn(accounts, getCookie(c, SESSION_COOKIE)));
    await next();
  };
}

import type { Context } from 'hono';
import type { Accounts } from '../accounts.js';
import type { ServerConfig } from '../config.js';
import type { User } from '../people/people-types.js';
import { setSessionCookie } from './session-cookie.js';

/** Starts a session for the user and sets its cookie on the response. */
export async function startSession(
  c: Context,
  accounts: Accounts,
  config: ServerConfig,
  user: User,
): Promise<void> {
  const { token } = await accounts.sessions.create(user.id);
  setSessionCookie(c, token, config.secureCookies, accounts.sessions.absoluteTimeoutMs);
}

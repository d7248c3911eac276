import { mayHoldSession } from '../access/access-policy.js';
import type { Accounts } from '../accounts.js';
import type { ClientRecord, User } from './people-types.js';
import type { ActiveSession } from './session-store.js';

/** The cookie that carries the session token (HttpOnly, SameSite=Lax). */
export const SESSION_COOKIE = 'interlude_session';

export interface SignedIn {
  session: ActiveSession;
  user: User;
  /** Set when the user is a client. */
  client: ClientRecord | undefined;
}

/** The person behind a session token, or undefined when the token is unknown, expired or their access ended. */
export async function resolveSignedIn(
  accounts: Accounts,
  token: string | undefined,
): Promise<SignedIn | undefined> {
  if (!token) return undefined;
  const session = await accounts.sessions.resolve(token);
  if (!session) return undefined;
  const found = await accounts.users.get(session.userId);
  if (!found) return undefined;
  const { passwordHash: _hidden, ...user } = found;
  const client = user.role === 'client' ? await accounts.clients.get(user.id) : undefined;
  if (!mayHoldSession(user, client)) {
    await accounts.sessions.delete(session.id);
    return undefined;
  }
  return { session, user, client };
}

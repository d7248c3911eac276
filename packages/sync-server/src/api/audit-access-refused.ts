import type { Context } from 'hono';
import type { Accounts } from '../accounts.js';
import type { ApiEnv } from './api-env.js';
import type { ApiError } from './api-error.js';

/**
 * Writes an `access-refused` audit entry when a signed-in caller is refused (403) or asks for
 * something that is not theirs or does not exist (404): a pattern of these is worth a look.
 */
export function auditAccessRefused(accounts: Accounts) {
  return async (c: Context, error: ApiError): Promise<void> => {
    const signedIn = (c as Context<ApiEnv>).get('signedIn');
    if (!signedIn) return;
    await accounts.audit.record({
      action: 'access-refused',
      practiceId: signedIn.user.practiceId,
      actorUserId: signedIn.user.id,
      address: (c as Context<ApiEnv>).get('address'),
      details: { channel: 'http', code: error.code, method: c.req.method, path: c.req.path },
    });
  };
}

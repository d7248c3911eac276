import { parse as parseCookies } from 'hono/utils/cookie';
import type { Accounts } from '../accounts.js';
import type { ServerConfig } from '../config.js';
import { resolveSignedIn, SESSION_COOKIE } from '../people/signed-in-user.js';
import type { AccessDenied, AuthorizeWorksheet, WorksheetAccess } from '../relay/authorize.js';
import type { AccessChanges } from './access-changes.js';
import { worksheetAccessFor } from './access-policy.js';
import { clientAddress } from './client-address.js';
import { isOriginAllowed, requestHost } from './origin-policy.js';

/**
 * Decides a WebSocket upgrade with the same session cookie and rules as the JSON API. The Origin must
 * be present and allowed (a browser always sends it; a page on another site must not ride our cookie).
 * A worksheet that is not the caller's is reported exactly like one that does not exist.
 */
export function createWorksheetAuthorizer(
  accounts: Accounts,
  config: ServerConfig,
  accessChanges: AccessChanges,
): AuthorizeWorksheet {
  return async (request, worksheetId): Promise<WorksheetAccess | AccessDenied> => {
    const token = parseCookies(request.headers.get('cookie') ?? '', SESSION_COOKIE)[SESSION_COOKIE];
    const signedIn = await resolveSignedIn(accounts, token);
    const refuse = async (denial: AccessDenied): Promise<AccessDenied> => {
      await accounts.audit.record({
        action: 'access-refused',
        practiceId: signedIn?.user.practiceId ?? null,
        actorUserId: signedIn?.user.id ?? null,
        worksheetId,
        address: clientAddress(request.headers, config.trustProxy, undefined),
        details: { channel: 'websocket', denied: denial.denied, reason: denial.reason },
      });
      return denial;
    };

    if (!signedIn) return refuse({ denied: 'unauthenticated', reason: 'Please sign in again' });
    const origin = request.headers.get('origin');
    if (!origin || !isOriginAllowed(origin, config.allowedOrigins, requestHost(request))) {
      return refuse({ denied: 'forbidden', reason: 'This page’s origin may not open worksheets' });
    }

    // Noted before reading: a change announced while the row is read refuses the socket at attach.
    const stillGranted = accessChanges.unchangedSince(worksheetId, signedIn.user.id);
    const worksheet = await accounts.worksheets.get(worksheetId);
    const client = worksheet && (await accounts.clients.get(worksheet.clientId));
    const access = worksheet && client && worksheetAccessFor(signedIn.user, worksheet, client);
    if (!access) return refuse({ denied: 'not-found', reason: 'No such worksheet' });

    return {
      userId: signedIn.user.id,
      role: signedIn.user.role,
      displayName: signedIn.user.displayName,
      readOnly: access.readOnly,
      sessionId: signedIn.session.id,
      stillGranted,
    };
  };
}

import type { ClientRecord, User } from '../people/people-types.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';

/**
 * Who may reach what. One place, used by the JSON API and the WebSocket upgrade alike:
 * - a therapist reaches their own clients and those clients' worksheets;
 * - a client reaches only their own worksheets once sent (a draft is the therapist's alone), and none
 *   once their access is ended;
 * - an archived client's worksheets are read-only for everyone.
 * Anything else is "not found", never "forbidden", so ids leak nothing.
 */
export function worksheetAccessFor(
  user: User,
  worksheet: WorksheetRecord,
  client: ClientRecord,
): { readOnly: boolean } | undefined {
  if (user.role === 'therapist') {
    if (worksheet.therapistId !== user.id) return undefined;
    return { readOnly: client.status === 'archived' };
  }
  if (worksheet.clientId !== user.id || client.access === 'none') return undefined;
  if (worksheet.sentAt === null) return undefined;
  return { readOnly: client.access === 'read-only' };
}

/** A client whose therapist ended access cannot sign in or keep a session. */
export function mayHoldSession(user: User, client: ClientRecord | undefined): boolean {
  if (user.role === 'therapist') return true;
  return client !== undefined && client.access !== 'none';
}

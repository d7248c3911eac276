import { worksheetAccessFor } from '../access/access-policy.js';
import type { Accounts } from '../accounts.js';
import type { ClientRecord, User } from '../people/people-types.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';
import { notFound } from './api-error.js';

export interface ReachableWorksheet {
  worksheet: WorksheetRecord;
  client: ClientRecord;
  access: { readOnly: boolean };
}

/** The worksheet if the user may reach it; otherwise 404, exactly as for one that does not exist. */
export async function reachableWorksheet(
  accounts: Accounts,
  user: User,
  worksheetId: string,
): Promise<ReachableWorksheet> {
  const worksheet = await accounts.worksheets.get(worksheetId);
  const client = worksheet && (await accounts.clients.get(worksheet.clientId));
  const access = worksheet && client && worksheetAccessFor(user, worksheet, client);
  if (!worksheet || !client || !access) throw notFound('worksheet');
  return { worksheet, client, access };
}

/** Every worksheet the user may reach: a therapist's clients' worksheets, or a client's own. */
export async function reachableWorksheets(accounts: Accounts, user: User): Promise<ReachableWorksheet[]> {
  const records =
    user.role === 'therapist'
      ? await accounts.worksheets.listForTherapist(user.id)
      : await accounts.worksheets.listForClient(user.id);
  const clients = new Map<string, ClientRecord | undefined>();
  const reachable: ReachableWorksheet[] = [];
  for (const worksheet of records) {
    if (!clients.has(worksheet.clientId))
      clients.set(worksheet.clientId, await accounts.clients.get(worksheet.clientId));
    const client = clients.get(worksheet.clientId);
    const access = client && worksheetAccessFor(user, worksheet, client);
    if (client && access) reachable.push({ worksheet, client, access });
  }
  return reachable;
}

/** One of the therapist's own clients, or 404. */
export async function ownClient(
  accounts: Accounts,
  therapist: User,
  clientId: string,
): Promise<ClientRecord> {
  const client = await accounts.clients.getForTherapist(clientId, therapist.id);
  if (!client) throw notFound('client');
  return client;
}

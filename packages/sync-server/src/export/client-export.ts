import type { ApiClientExport } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { WorksheetDocuments } from '../api/api-dependencies.js';
import { noteView } from '../notes/note-view.js';
import type { ClientRecord } from '../people/people-types.js';
import { worksheetRecord } from './worksheet-record.js';

/**
 * A client's whole record for their right of access: every worksheet sent to them with its answers,
 * entries, comments and scores. Private notes only when their therapist asks (`forTherapist`), never
 * in the client's own copy; drafts (never sent) only for the therapist too.
 */
export async function clientExport(
  accounts: Accounts,
  documents: WorksheetDocuments,
  client: ClientRecord,
  audience: { forTherapist: string } | 'client',
): Promise<ApiClientExport> {
  const forTherapist = audience !== 'client';
  const practice = await accounts.practices.get(client.practiceId);
  const worksheets = (await accounts.worksheets.listForClient(client.userId))
    .filter((worksheet) => forTherapist || worksheet.sentAt !== null)
    .sort((a, b) => a.assignedAt - b.assignedAt);
  const exported: ApiClientExport = {
    exportedAt: new Date(accounts.clock.now()).toISOString(),
    timeZone: practice?.timeZone ?? 'UTC',
    client: { id: client.userId, displayName: client.displayName, email: client.email },
    practice: { name: practice?.name ?? '' },
    // One document at a time: a long record must not hold every document in memory at once.
    worksheets: [],
  };
  for (const worksheet of worksheets) {
    exported.worksheets.push(await worksheetRecord(accounts, documents, worksheet, client));
  }
  if (audience !== 'client') {
    exported.privateNotes = (await accounts.notes.listForClient(client.userId, audience.forTherapist)).map(
      noteView,
    );
  }
  return exported;
}

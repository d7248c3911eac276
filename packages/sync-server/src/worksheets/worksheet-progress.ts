import type * as Y from 'yjs';
import type { Accounts } from '../accounts.js';

export interface StoredUpdatesEvent {
  worksheetId: string;
  provenance: { userId: string; role: 'therapist' | 'client' | 'system' };
  /** The document after the updates were applied. */
  doc: Y.Doc;
}

/**
 * Derives progress from what reached storage: a client's first stored edit starts the worksheet and
 * every client edit is activity; meta.handedInAt in the document is the hand-in.
 */
export function createProgressRecorder(accounts: Accounts): (event: StoredUpdatesEvent) => Promise<void> {
  return async ({ worksheetId, provenance, doc }) => {
    // The document and the time are read before any wait: the room may change or unload the document meanwhile.
    const now = accounts.clock.now();
    const meta = doc.getMap('meta').get('handedInAt');
    const handedInAt = typeof meta === 'string' && meta ? meta : null;
    const worksheet = await accounts.worksheets.get(worksheetId);
    if (!worksheet) return;
    if (provenance.role === 'client') await accounts.worksheets.recordClientActivity(worksheetId, now);
    if (!(await accounts.worksheets.setHandedInAt(worksheetId, handedInAt)) || handedInAt === null) return;
    // The hand-in is written on the client's device (offline too); this is when it reached the server.
    await accounts.audit.record({
      action: 'worksheet-handed-in',
      practiceId: (await accounts.users.get(worksheet.therapistId))?.practiceId ?? null,
      actorUserId: provenance.role === 'client' ? provenance.userId : null,
      subjectUserId: worksheet.clientId,
      worksheetId,
      details: { handedInAt },
    });
  };
}

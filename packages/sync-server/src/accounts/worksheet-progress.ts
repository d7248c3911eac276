import type * as Y from 'yjs';
import type { Accounts } from './accounts.js';

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
export function createProgressRecorder(accounts: Accounts): (event: StoredUpdatesEvent) => void {
  return ({ worksheetId, provenance, doc }) => {
    if (!accounts.worksheets.get(worksheetId)) return;
    if (provenance.role === 'client')
      accounts.worksheets.recordClientActivity(worksheetId, accounts.clock.now());
    const handedInAt = doc.getMap('meta').get('handedInAt');
    accounts.worksheets.setHandedInAt(
      worksheetId,
      typeof handedInAt === 'string' && handedInAt ? handedInAt : null,
    );
  };
}

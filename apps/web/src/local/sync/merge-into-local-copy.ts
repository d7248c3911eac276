import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { localCopyName } from '../local-copies';

/**
 * Merges a worksheet's state from the server into the person's copy on this device. Yjs merges: the
 * server's items and deletions are added to what the copy holds, so nothing written on this device
 * is ever replaced, whatever order things happen in. Resolves once the write is queued in IndexedDB
 * and the database is closed (a closing connection finishes its transactions first).
 */
export async function mergeIntoLocalCopy(
  userId: string,
  worksheetId: string,
  serverState: Uint8Array,
  stillWanted: () => boolean,
): Promise<boolean> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(localCopyName(userId, worksheetId), doc);
  try {
    await persistence.whenSynced;
    // Signed out meanwhile: the copies are being deleted, write nothing back.
    if (!stillWanted()) return false;
    // y-indexeddb stores every update whose origin is not itself.
    Y.applyUpdate(doc, serverState, 'prefetch');
    return true;
  } finally {
    await persistence.destroy();
    doc.destroy();
  }
}

import * as Y from 'yjs';
import { type ChangeDecision, mayApplyChange } from '../permissions/mayApplyChange.js';
import type { Role } from '../permissions/role.js';
import { readWorksheetContent } from '../tiptap/worksheetDoc.js';
import { readMetaRecord } from './worksheetMetaMap.js';

/**
 * Judges a Yjs update from a peer with `role` before it is applied: the update goes to a scratch copy of the
 * document, both versions are read back as JSON, and `mayApplyChange` decides. The document itself is not
 * touched. Updates that depend on changes the server lacks are refused. The `comments` map is not judged here (its guard belongs to the comments work).
 */
export function judgeWorksheetUpdate(role: Role, ydoc: Y.Doc, update: Uint8Array): ChangeDecision {
  // The document's own guid: a fresh one would draw a random UUID per judged update.
  const scratch = new Y.Doc({ gc: ydoc.gc, guid: ydoc.guid });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(ydoc));
    Y.applyUpdate(scratch, update);
    // An update that cannot integrate yet would be judged as no change now and integrate unjudged later,
    // when the change it waits for arrives: refuse it, the peer resends everything on its next sync.
    if (scratch.store.pendingStructs !== null || scratch.store.pendingDs !== null) {
      return {
        allowed: false,
        change: 'none',
        changedMetaKeys: [],
        reason: 'update-incomplete',
        message: 'This change depends on changes the server has not received yet.',
      };
    }
    return mayApplyChange(
      role,
      readWorksheetContent(ydoc),
      readWorksheetContent(scratch),
      readMetaRecord(ydoc),
      readMetaRecord(scratch),
    );
  } finally {
    scratch.destroy();
  }
}

import { judgeWorksheetUpdate } from '@interlude/schema';
import * as Y from 'yjs';
import type { AdmitUpdate } from '../relay/relay-hooks.js';

/**
 * The relay's enforcement of the worksheet model's roles (docs/decisions/0001-worksheet-model.md §3–4):
 * a client may change only the response part, nobody may change a scored measure's items. The same
 * schema function judges local edits in the editor, so a well-behaved client is never refused.
 */
export const admitByWorksheetRole: AdmitUpdate = (access, doc, update, pending) => {
  const base = pending.length === 0 ? doc : withPendingUpdates(doc, pending);
  try {
    const decision = judgeWorksheetUpdate(access.role, base, update);
    if (decision.allowed) return { accept: true };
    const reason = decision.message ?? decision.reason ?? 'change not permitted';
    return { accept: false, reason, resync: decision.reason === 'update-incomplete' };
  } finally {
    if (base !== doc) base.destroy();
  }
};

/** A copy of the stored document with the admitted but not yet durable updates applied, in order. */
function withPendingUpdates(doc: Y.Doc, pending: readonly Uint8Array[]): Y.Doc {
  const copy = new Y.Doc({ gc: doc.gc });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  for (const update of pending) Y.applyUpdate(copy, update);
  return copy;
}

import { deleteSetCovers } from '@interlude/schema/sync';
import * as Y from 'yjs';

/**
 * True when applying the update would change nothing: every item in it is already in the document and
 * every deletion already made. A reconnecting client's sync step 2 is often such an update (Yjs always
 * sends its whole delete set), and storing it as the client's edit would count as new activity, for
 * example putting a reviewed worksheet back in the therapist's queue.
 */
export function addsNothingTo(doc: Y.Doc, update: Uint8Array): boolean {
  const known = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.parseUpdateMeta(update).to) {
    if ((known.get(client) ?? 0) < clock) return false;
  }
  const { ds } = Y.decodeUpdate(update);
  if (ds.clients.size === 0) return true;
  // Only reached without new items (a reconnect); the document's delete set costs one pass over it.
  return deleteSetCovers(Y.createDeleteSetFromStructStore(doc.store), ds);
}

import type { DeleteSet } from '@interlude/schema/sync';
import * as Y from 'yjs';

/**
 * An update as the relay first reads it: decoded once with Yjs's own reader, then asked what it adds to a
 * document. One decode replaces applying the update to a scratch document (whose set-up dominated the relay's
 * CPU on small updates) and the two header parses that followed it; its cost follows the update, not the room.
 */
export class IncomingUpdate {
  private constructor(
    readonly bytes: Uint8Array,
    /** Per writing client id, the clock just past its last struct in the update. */
    private readonly endClocks: Map<number, number>,
    private readonly deletions: DeleteSet,
  ) {}

  /** Null when Yjs cannot read the update: then nothing of it reaches the room or storage. */
  static decode(bytes: Uint8Array): IncomingUpdate | null {
    let decoded: ReturnType<typeof Y.decodeUpdate>;
    try {
      decoded = Y.decodeUpdate(bytes);
    } catch {
      return null;
    }
    const endClocks = new Map<number, number>();
    for (const struct of decoded.structs) {
      const end = struct.id.clock + struct.length;
      if (end > (endClocks.get(struct.id.client) ?? 0)) endClocks.set(struct.id.client, end);
    }
    return new IncomingUpdate(bytes, endClocks, decoded.ds);
  }

  /**
   * The client ids the update writes new items under, beyond what `doc` holds of them (docs/relay.md R24).
   * Deletions name no writer: anyone may delete what they may change.
   */
  clientIdsNewTo(doc: Y.Doc): number[] {
    const written: number[] = [];
    for (const [clientId, end] of this.endClocks) {
      if (end > Y.getState(doc.store, clientId)) written.push(clientId);
    }
    return written;
  }

  /**
   * True when applying the update would change nothing: every item in it is already in the document and
   * every deletion already made. A reconnecting client's sync step 2 is often such an update (Yjs always
   * sends its whole delete set), and storing it as the client's edit would count as new activity, for
   * example putting a reviewed worksheet back in the therapist's queue.
   */
  addsNothingTo(doc: Y.Doc): boolean {
    if (this.clientIdsNewTo(doc).length > 0) return false;
    return deletionsAlreadyMade(doc, this.deletions);
  }
}

/**
 * Whether every range the delete set names is already deleted in the document. Looks up only the structs in
 * those ranges (a binary search each), so an ordinary deletion costs what it deletes: computing the document's
 * whole delete set instead took half the relay's CPU on a long typing trace, as every delete-only update
 * (someone pressing backspace) reached this check.
 */
function deletionsAlreadyMade(doc: Y.Doc, deletions: DeleteSet): boolean {
  for (const [client, ranges] of deletions.clients) {
    const structs = doc.store.clients.get(client);
    for (const { clock, len } of ranges) {
      // A deletion of items the document does not hold yet is news (Yjs keeps it pending).
      if (!structs || clock + len > Y.getState(doc.store, client)) return false;
      for (let index = Y.findIndexSS(structs, clock); index < structs.length; index++) {
        const struct = structs[index]!;
        if (struct.id.clock >= clock + len) break;
        if (!struct.deleted) return false;
      }
    }
  }
  return true;
}

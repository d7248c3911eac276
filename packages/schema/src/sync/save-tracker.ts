import * as Y from 'yjs';
import { type DeleteSet, deleteSetCovers } from './delete-set-coverage.js';
import { readServerSyncMessage } from './server-frame.js';

/**
 * Knows whether the server holds everything this device has. The relay stores each update before
 * it echoes it to every connection, the sender included, so what the server sends back is what is
 * durable: its state vector when a connection opens, then each stored update.
 *
 * Saved means: for every writer's clock in the local document the server has reached it, and
 * every deletion made here (or loaded from this device's storage) has come back from the server.
 */
export class SaveTracker {
  private readonly serverClocks = new Map<number, number>();
  private pendingDeletes: DeleteSet = Y.createDeleteSet();
  private confirmedDeletes: DeleteSet = Y.createDeleteSet();

  constructor(private readonly doc: Y.Doc) {}

  /** A change that did not come from the server: typed here, or loaded from this device. */
  noteLocalUpdate(update: Uint8Array): void {
    const { ds } = Y.decodeUpdate(update);
    if (ds.clients.size > 0) this.pendingDeletes = Y.mergeDeleteSets([this.pendingDeletes, ds]);
  }

  /**
   * A frame the server sent, as it arrived; returns whether it told us anything about the document
   * (awareness and other frames do not).
   */
  noteServerFrame(frame: Uint8Array): boolean {
    const message = readServerSyncMessage(frame);
    if (!message) return false;
    if (message.kind === 'sync-step-1') this.noteServerStateVector(message.stateVector);
    else this.noteServerUpdate(message.update);
    return true;
  }

  /** The server's state vector (sync step 1, sent when a connection opens). */
  noteServerStateVector(stateVector: Uint8Array): void {
    for (const [client, clock] of Y.decodeStateVector(stateVector)) this.raiseServerClock(client, clock);
  }

  /** An update the server sent: stored by it, whoever wrote it. */
  noteServerUpdate(update: Uint8Array): void {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) this.raiseServerClock(client, clock);
    const { ds } = Y.decodeUpdate(update);
    if (ds.clients.size > 0 && this.pendingDeletes.clients.size > 0) {
      this.confirmedDeletes = Y.mergeDeleteSets([this.confirmedDeletes, ds]);
    }
  }

  isSaved(): boolean {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) {
      if ((this.serverClocks.get(client) ?? 0) < clock) return false;
    }
    if (!deleteSetCovers(this.confirmedDeletes, this.pendingDeletes)) return false;
    // Everything is confirmed: start over so the sets do not grow for the life of the page.
    this.pendingDeletes = Y.createDeleteSet();
    this.confirmedDeletes = Y.createDeleteSet();
    return true;
  }

  private raiseServerClock(client: number, clock: number): void {
    if ((this.serverClocks.get(client) ?? 0) < clock) this.serverClocks.set(client, clock);
  }
}

import { readServerSyncMessage, SaveTracker } from '@interlude/schema/sync';
import type * as Y from 'yjs';
import { type SyncStatus, syncStatusOf } from '../sync-status';

/**
 * One worksheet's sync status on this device, from what actually happened: edits made here, updates
 * loaded from the device's copy, every frame the relay sent, and whether a socket is open.
 *
 * Pending (changes the server has not stored) is decided in two ways:
 * - before the relay has told this session anything, by what the device remembers (`pendingAtStart`,
 *   the persisted unsaved list) and by any edit made since: a copy last known saved and untouched
 *   is still saved, offline or not;
 * - once the relay has sent its state vector, by SaveTracker alone: every writer's clock in the local
 *   document reached by the server, every local deletion echoed back after its durable write.
 *
 * Until the copy has loaded (`noteCopyLoaded`) nothing pending reads "Checking this device…", never
 * "All saved": the copy may hold work the unsaved list lost.
 *
 * Connect the socket only after the device's copy has loaded, so the tracker judges the whole copy.
 */
export class WorksheetSyncState {
  private readonly tracker: SaveTracker;
  private editedHere = false;
  private heardFromServer = false;
  private connected = false;
  private copyLoaded = false;

  constructor(
    doc: Y.Doc,
    private readonly pendingAtStart: boolean,
  ) {
    this.tracker = new SaveTracker(doc);
  }

  /** An edit made on this device now. */
  noteLocalEdit(update: Uint8Array): void {
    this.editedHere = true;
    this.tracker.noteLocalUpdate(update);
  }

  /** An update read from the device's copy: not new work, but its deletions must still be confirmed. */
  noteLoadedUpdate(update: Uint8Array): void {
    this.tracker.noteLocalUpdate(update);
  }

  /** The device's copy has been read into the document: "All saved" may be concluded from now on. */
  noteCopyLoaded(): void {
    this.copyLoaded = true;
  }

  /** A frame the relay sent; returns whether it told us anything about the document. */
  noteServerFrame(frame: Uint8Array): boolean {
    // The relay's step 1 (its state vector) opens every writer's connection: from then on we know.
    if (readServerSyncMessage(frame)?.kind === 'sync-step-1') this.heardFromServer = true;
    return this.tracker.noteServerFrame(frame);
  }

  setConnected(connected: boolean): void {
    this.connected = connected;
  }

  get pending(): boolean {
    if (!this.heardFromServer) return this.pendingAtStart || this.editedHere;
    return !this.tracker.isSaved();
  }

  get status(): SyncStatus {
    return syncStatusOf({ pending: this.pending, connected: this.connected, loaded: this.copyLoaded });
  }
}

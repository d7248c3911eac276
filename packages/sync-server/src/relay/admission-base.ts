import * as Y from 'yjs';

/**
 * What a room judges a new update against: its stored document plus the updates admitted but not
 * yet durable (a fast typist's next update builds on them). The shadow copy is made the first time an
 * update arrives while others are in flight, then kept in step update by update for as long as the room
 * lives (reset only when a write fails): rebuilding it for every burst cost a copy of the whole document
 * per burst, and once storage fell behind, per update, so a busy relay could not catch up again.
 */
export class AdmissionBase {
  private shadow: Y.Doc | null = null;

  constructor(private readonly stored: Y.Doc) {}

  /** The document to judge against; `inFlight` lists the updates now in flight, in order (read only when needed). */
  current(inFlightCount: number, inFlight: () => Iterable<Uint8Array>): Y.Doc {
    if (inFlightCount === 0) return this.stored;
    if (!this.shadow) {
      this.shadow = new Y.Doc({ gc: this.stored.gc, guid: this.stored.guid });
      Y.applyUpdate(this.shadow, Y.encodeStateAsUpdate(this.stored));
      for (const update of inFlight()) Y.applyUpdate(this.shadow, update);
    }
    return this.shadow;
  }

  /** An update was admitted: the shadow, if any, must include it. */
  admitted(update: Uint8Array): void {
    if (this.shadow) Y.applyUpdate(this.shadow, update);
  }

  /** Forget the shadow (a write failed and it holds what will never be stored, or the room is closing). */
  reset(): void {
    this.shadow?.destroy();
    this.shadow = null;
  }
}

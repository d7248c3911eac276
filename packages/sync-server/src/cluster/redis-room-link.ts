import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { type AwarenessEntry, decodeAwarenessUpdate } from '../relay/awareness-update.js';
import type { RelayLogger } from '../relay/relay-logger.js';
import type { RoomBusLink, RoomForBus } from '../relay/room-bus.js';
import type { DocumentStore, DocumentWrite } from '../storage/document-store.js';
import type { RoomBusMessage } from './bus-message.js';
import type { RedisWorksheetLock } from './redis-worksheet-lock.js';

/** What a link needs of the bus that made it. */
export interface LinkSide {
  /** This instance's id, stamped on every message it publishes. */
  readonly sender: Uint8Array;
  readonly worksheetLock: RedisWorksheetLock;
  readonly store: Pick<DocumentStore, 'load'>;
  readonly logger: RelayLogger;
  publish(link: RedisRoomLink, message: RoomBusMessage): void;
  left(link: RedisRoomLink): void;
}

/** Messages held while the room loads, at most this many bytes; past that the room reloads instead (B3). */
const MAX_PENDING_BYTES = 16 * 1024 * 1024;

/**
 * One room's side of the Redis room bus: publishes what the room stored and its presence, applies what
 * other instances publish, and reloads the worksheet from storage whenever it may have missed something.
 */
export class RedisRoomLink implements RoomBusLink {
  private room: RoomForBus | null = null;
  /** Messages heard while the room loads; null once attached. */
  private pending: RoomBusMessage[] | null = [];
  private pendingBytes = 0;
  private resyncWhenAttached = false;
  private resyncing = false;
  private resyncAgain = false;
  private hasLeft = false;

  constructor(
    readonly worksheetId: string,
    readonly channel: string,
    readonly following: Promise<void>,
    private readonly bus: LinkSide,
  ) {}

  readonly shared = true;

  catchUp(): Promise<void> {
    if (this.hasLeft || !this.room) return Promise.resolve();
    return this.reloadFromStorage().catch((error: unknown) =>
      this.bus.logger.error(`Could not bring ${this.worksheetId} up to date from storage`, error),
    );
  }

  exclusively<T>(work: () => Promise<T>): Promise<T> {
    return this.bus.worksheetLock.run(this.worksheetId, work);
  }

  get isAttached(): boolean {
    return this.room !== null;
  }

  attach(room: RoomForBus): void {
    if (this.hasLeft || this.room) return;
    this.room = room;
    const heard = this.pending ?? [];
    this.pending = null;
    this.pendingBytes = 0;
    for (const message of heard) this.handle(room, message);
    if (this.resyncWhenAttached) this.resync();
    // Other instances' clients announced themselves before this room existed here: ask for them.
    this.bus.publish(this, { kind: 'awareness-query', sender: this.bus.sender });
  }

  publishStored(writes: readonly DocumentWrite[]): void {
    if (this.hasLeft || writes.length === 0) return;
    // One message per batch: a repair merged with its update, so no peer ever holds the forbidden state (R23).
    const payload =
      writes.length === 1 ? writes[0]!.update : Y.mergeUpdates(writes.map((write) => write.update));
    this.bus.publish(this, { kind: 'update', sender: this.bus.sender, payload });
  }

  publishAwareness(update: Uint8Array): void {
    if (this.hasLeft) return;
    this.bus.publish(this, { kind: 'awareness', sender: this.bus.sender, payload: update });
  }

  leave(): void {
    if (this.hasLeft) return;
    this.hasLeft = true;
    this.room = null;
    this.pending = null;
    this.bus.left(this);
  }

  /** A message another instance published on this worksheet's channel. */
  receive(message: RoomBusMessage): void {
    if (this.hasLeft) return;
    if (this.room) {
      this.handle(this.room, message);
      return;
    }
    if (!this.pending) return;
    this.pending.push(message);
    this.pendingBytes += 'payload' in message ? message.payload.byteLength : 0;
    if (this.pendingBytes > MAX_PENDING_BYTES) {
      // Storage holds all of it: reload once loaded rather than hold it in memory.
      this.pending = [];
      this.pendingBytes = 0;
      this.resyncWhenAttached = true;
    }
  }

  /**
   * Brings the room up to date from storage (B7): what it lacks is applied and sent to its connections
   * like any peer update. Before the room has loaded, the load itself is followed by one.
   */
  resync(): void {
    if (this.hasLeft) return;
    if (!this.room) {
      this.resyncWhenAttached = true;
      return;
    }
    if (this.resyncing) {
      this.resyncAgain = true;
      return;
    }
    this.resyncing = true;
    this.reloadFromStorage()
      .catch((error: unknown) =>
        this.bus.logger.error(`Could not bring ${this.worksheetId} up to date from storage`, error),
      )
      .finally(() => {
        this.resyncing = false;
        if (!this.resyncAgain) return;
        this.resyncAgain = false;
        this.resync();
      });
  }

  private async reloadFromStorage(): Promise<void> {
    const stored = await this.bus.store.load(this.worksheetId);
    const room = this.room;
    if (!room || !stored) return;
    const fresh = new Y.Doc({ gc: true });
    try {
      Y.transact(fresh, () => {
        for (const update of stored.updates) Y.applyUpdate(fresh, update);
      });
      room.applyPeerUpdate(Y.encodeStateAsUpdate(fresh, Y.encodeStateVector(room.doc)));
    } finally {
      fresh.destroy();
    }
  }

  private handle(room: RoomForBus, message: RoomBusMessage): void {
    try {
      switch (message.kind) {
        case 'update':
          room.applyPeerUpdate(message.payload);
          return;
        case 'awareness':
          this.applyAwareness(room, message.payload);
          return;
        case 'awareness-query':
          this.answerAwarenessQuery(room);
          return;
        case 'resync':
          this.resync();
          return;
      }
    } catch (error) {
      this.bus.logger.error(`A message from another relay instance failed in ${this.worksheetId}`, error);
      // An update that did not apply may leave a gap: storage has what the other instance stored.
      if (message.kind === 'update') this.resync();
    }
  }

  /**
   * Presence from another instance, except for clients connected here (B5): their own messages are the truth.
   * A device that moved keeps its Yjs client id; the old instance keeps its older view of it, so the farewell
   * it publishes when it notices the old socket is gone is older than this one's and is ignored.
   */
  private applyAwareness(room: RoomForBus, update: Uint8Array): void {
    const local = localClientIds(room);
    const entries = decodeAwarenessUpdate(update);
    const kept = entries.filter((entry) => !local.has(entry.clientId));
    if (kept.length === 0) return;
    const applied = kept.length === entries.length ? update : encodeAwarenessEntries(kept);
    awarenessProtocol.applyAwarenessUpdate(room.awareness, applied, this);
  }

  private answerAwarenessQuery(room: RoomForBus): void {
    const states = room.awareness.getStates();
    const present = [...localClientIds(room)].filter((clientId) => states.has(clientId));
    if (present.length === 0) return;
    this.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(room.awareness, present));
  }
}

/** The awareness client ids announced by this instance's own connections to the room. */
function localClientIds(room: RoomForBus): Set<number> {
  const ids = new Set<number>();
  for (const connection of room.connections)
    for (const clientId of connection.awarenessClientIds) ids.add(clientId);
  return ids;
}

function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}

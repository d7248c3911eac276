import {
  CloseCode,
  decodeClientMessage,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncUpdate,
  MalformedMessageError,
} from '@interlude/schema/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Clock } from '../clock.js';
import type { DocumentStore, DocumentWrite } from '../storage/document-store.js';
import { loadWorksheetDoc } from '../worksheets/load-worksheet-doc.js';
import { AdmissionBase } from './admission-base.js';
import { type ClientIdOwners, SYSTEM_WRITER } from './client-id-owners.js';
import { CompactionSchedule } from './compaction-schedule.js';
import type { CommitSink, GroupCommitWriter } from './group-commit-writer.js';
import { IncomingUpdate } from './incoming-update.js';
import { type FrameReceiver, RelayConnection } from './relay-connection.js';
import type {
  AdmitUpdate,
  MigrateOnLoad,
  UpdateRepair,
  UpdateRepairedListener,
  UpdatesStoredListener,
} from './relay-hooks.js';
import type { RelayLogger } from './relay-logger.js';
import type { RoomBusLink, RoomForBus } from './room-bus.js';
import { type RoomForMessages, roomMessageHandlers } from './room-message-handlers.js';

export interface RoomDependencies {
  store: DocumentStore;
  writer: GroupCommitWriter;
  clock: Clock;
  logger: RelayLogger;
  compactionThreshold: number;
  admitUpdate: AdmitUpdate;
  clientIdOwners: ClientIdOwners;
  migrateOnLoad: MigrateOnLoad | null;
  updatesStoredListeners: () => readonly UpdatesStoredListener[];
  updateRepairedListeners: () => readonly UpdateRepairedListener[];
  /** Called whenever a connection leaves, so the relay can schedule the unload of an empty room. */
  onConnectionLeft: (room: Room) => void;
  /** This room's side of the room bus (B1–B13): shares stored updates and presence with other instances. */
  busLink: RoomBusLink;
}

type RoomStatus = 'loading' | 'ready' | 'failed' | 'destroyed';

/** Catch-ups remembered per room before the list starts afresh (each entry is a few dozen bytes). */
const MAX_CATCH_UPS = 1_000;

/**
 * One worksheet in memory: its Y.Doc, its awareness and its connections. Loads from storage
 * before answering anyone; stores every update before applying and echoing it.
 */
export class Room implements FrameReceiver, CommitSink, RoomForMessages, RoomForBus {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<RelayConnection>();
  /** Resolves true once loaded, false if the load failed (the room is then unusable). */
  readonly loaded: Promise<boolean>;
  private status: RoomStatus = 'loading';
  private readonly compaction: CompactionSchedule;
  private compacting = false;
  private writesInFlight = 0;
  private idleWaiters: Array<() => void> = [];
  private readonly senders = new Map<DocumentWrite, RelayConnection>();
  /** B13: per user and client id, a catch-up from storage begun after a refusal, or finished. */
  private readonly catchUps = new Map<string, 'catching-up' | 'caught-up'>();
  /** A repaired update's write → the repair's write, stored in the same batch right after it. */
  private readonly repairs = new Map<DocumentWrite, { write: DocumentWrite; repaired: string[] }>();
  private readonly admissionBase = new AdmissionBase(this.doc);

  constructor(
    readonly worksheetId: string,
    private readonly deps: RoomDependencies,
  ) {
    this.compaction = new CompactionSchedule(deps.compactionThreshold);
    // The server is not a participant: without this it would announce an empty state of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.handleAwarenessChange);
    this.loaded = this.load();
  }

  get isEmpty(): boolean {
    return this.connections.size === 0;
  }

  /** Adds a connection; once the room has loaded it is greeted and its queued frames are handled. */
  async join(connection: RelayConnection): Promise<void> {
    this.connections.add(connection);
    connection.onClose(() => this.leave(connection));
    if (!(await this.loaded)) {
      connection.close(CloseCode.storageFailure, 'The worksheet could not be loaded: retrying');
      return;
    }
    if (connection.isClosed) return;
    this.greet(connection);
    connection.deliverTo(this);
  }

  receive(connection: RelayConnection, frame: Uint8Array): void {
    if (connection.isClosed || this.status !== 'ready') return;
    try {
      const message = decodeClientMessage(frame);
      roomMessageHandlers[message.kind](this, connection, message as never);
    } catch (error) {
      if (error instanceof MalformedMessageError) {
        connection.close(error.closeCode, error.message);
        return;
      }
      this.deps.logger.error(`Unexpected error handling a frame in ${this.worksheetId}`, error);
      connection.close(CloseCode.malformed, 'The server could not handle this message');
    }
  }

  /** Sends a frame to every connection, the sender of the change included (that echo is its acknowledgement). */
  broadcast(frame: Uint8Array): void {
    for (const connection of this.connections) connection.send(frame);
  }

  /** Validates, admits and queues an update for storage; it is applied and echoed once durable. */
  acceptUpdate(connection: RelayConnection, update: Uint8Array): void {
    // Nothing to store or refuse: dropping it changes nothing, even for a read-only peer.
    if (isEmptyUpdate(update)) return;
    const incoming = IncomingUpdate.decode(update);
    if (!incoming) {
      connection.close(CloseCode.malformed, 'Update could not be decoded by Yjs: nothing was stored');
      return;
    }
    const base = this.admissionBase.current(this.senders.size, () => this.inFlightUpdates());
    // Already stored (a reconnect's step 2 repeats the client's deletions): not a new edit by anyone.
    if (incoming.addsNothingTo(base)) return;
    if (connection.access.readOnly) {
      this.refuse(
        connection,
        update,
        'read-only access',
        'Read-only access: changes to this worksheet are refused',
      );
      return;
    }
    const { userId, role } = connection.access;
    const newClientIds = incoming.clientIdsNewTo(base);
    const taken = this.deps.clientIdOwners.claim(this.worksheetId, userId, newClientIds);
    if (taken) {
      if (this.retryAfterCatchingUp(connection, taken.clientId)) return;
      const reason = `client id ${taken.clientId} belongs to another user`;
      this.refuse(connection, update, reason, `Change refused: ${reason}`);
      return;
    }
    const receivedAt = this.deps.clock.now();
    const admission = this.deps.admitUpdate({
      access: connection.access,
      nowMs: receivedAt,
      doc: base,
      update,
    });
    if (!admission.accept && admission.resync) {
      connection.close(CloseCode.resync, admission.reason);
      return;
    }
    if (!admission.accept) {
      this.refuse(connection, update, admission.reason, `Change refused: ${admission.reason}`);
      return;
    }
    if (admission.repair && !this.claimRepairClientId(connection, admission.repair)) return;
    // The ids travel with the write: a store that saves claims in the batch (Postgres) claims exactly these.
    const write: DocumentWrite = {
      documentId: this.worksheetId,
      update,
      provenance: { userId, role, receivedAt },
      newClientIds,
    };
    this.enqueue(write, connection);
    if (admission.repair) {
      // Enqueued in the same turn as the update, so both are stored in one transaction (R6, R23).
      const repairWrite: DocumentWrite = {
        documentId: this.worksheetId,
        update: admission.repair.update,
        provenance: { userId: SYSTEM_WRITER, role: 'system', receivedAt, repairOf: userId },
        newClientIds: [admission.repair.clientId],
      };
      this.repairs.set(write, { write: repairWrite, repaired: admission.repair.repaired });
      this.enqueue(repairWrite, connection);
    }
  }

  private enqueue(write: DocumentWrite, connection: RelayConnection): void {
    this.admissionBase.admitted(write.update);
    this.senders.set(write, connection);
    this.writesInFlight++;
    this.deps.writer.enqueue(write, this);
  }

  /** The repair's fresh client id becomes the server's; a clash with a user's id is retried by reconnecting. */
  private claimRepairClientId(connection: RelayConnection, repair: UpdateRepair): boolean {
    if (!this.deps.clientIdOwners.claim(this.worksheetId, SYSTEM_WRITER, [repair.clientId])) return true;
    connection.close(CloseCode.storageFailure, 'Your change could not be saved: reconnecting to retry');
    return false;
  }

  /** Closes the sender with 4403 (final) and keeps its update in quarantine. */
  private refuse(connection: RelayConnection, update: Uint8Array, reason: string, closeReason: string): void {
    this.quarantine(connection, update, reason);
    connection.close(CloseCode.refused, closeReason);
  }

  private *inFlightUpdates(): Iterable<Uint8Array> {
    for (const write of this.senders.keys()) yield write.update;
  }

  /** Keeps a refused update apart from the document, so the sender's work is never silently lost. */
  private quarantine(connection: RelayConnection, update: Uint8Array, reason: string): void {
    const { userId, role } = connection.access;
    const write = {
      documentId: this.worksheetId,
      update,
      provenance: { userId, role, receivedAt: this.deps.clock.now() },
    };
    this.deps.store.quarantine(write, reason).catch((error: unknown) => {
      this.deps.logger.error(`Could not quarantine a refused update of ${this.worksheetId}`, error);
    });
  }

  committed(writes: DocumentWrite[]): void {
    this.finishWrites(writes);
    if (this.status === 'destroyed') return;
    // One transaction per update: Yjs merges the structs a deletion splits only when a transaction ends, so a
    // batch in one transaction left a long trace's struct arrays fragmented (7× the apply time of the shadow).
    for (const write of writes) {
      try {
        Y.applyUpdate(this.doc, write.update);
      } catch (error) {
        this.deps.logger.error(`A stored update did not apply to ${this.worksheetId}`, error);
      }
    }
    // A repaired update goes out merged with its repair, so no peer ever sees the forbidden state (R23).
    // Other updates go out one frame each: merging a batch cost more (Y.mergeUpdates) than the frames it saved.
    const repairWrites = new Set<DocumentWrite>();
    for (const write of writes) {
      if (repairWrites.has(write)) continue;
      const repair = this.repairs.get(write);
      if (!repair) {
        this.broadcast(encodeSyncUpdate(write.update));
        continue;
      }
      repairWrites.add(repair.write);
      this.repairs.delete(write);
      this.broadcast(encodeSyncUpdate(Y.mergeUpdates([write.update, repair.write.update])));
      this.announceRepair(write, repair.repaired);
    }
    // Room bus hook (B2): other instances' rooms apply what this one stored and sent.
    this.deps.busLink.publishStored(writes);
    for (const write of writes) this.compaction.appended(write.update.byteLength);
    this.announceStored(writes.filter((write) => !repairWrites.has(write)));
    this.compactIfDue();
  }

  failed(writes: DocumentWrite[], error: unknown): void {
    const senders = new Set(writes.map((write) => this.senders.get(write)));
    for (const write of writes) this.repairs.delete(write);
    // The shadow holds updates that will now never be stored: rebuild it from what is left. The batch's
    // client-id claims were not saved either.
    this.admissionBase.reset();
    this.deps.clientIdOwners.forgetCachedClaims();
    this.finishWrites(writes);
    this.deps.logger.error(`Could not store ${writes.length} update(s) of ${this.worksheetId}`, error);
    for (const sender of senders) {
      sender?.close(CloseCode.storageFailure, 'Your change could not be saved: reconnecting to retry');
    }
  }

  /** Resolves once every write this room enqueued has been stored (or has failed). */
  idle(): Promise<void> {
    if (this.writesInFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  closeAll(code: number, reason: string): void {
    for (const connection of [...this.connections]) connection.close(code, reason);
  }

  /** Room bus hook (B2): an update another instance stored, applied and sent on here, never stored again. */
  applyPeerUpdate(update: Uint8Array): void {
    if (this.status !== 'ready') return;
    Y.applyUpdate(this.doc, update, this.deps.busLink);
    // Admission judges later updates against stored state, which now includes this one.
    this.admissionBase.admitted(update);
    this.broadcast(encodeSyncUpdate(update));
    // The stored log grew by it too: every instance of the room counts it towards compaction (R17, B11).
    this.compaction.appended(update.byteLength);
    this.compactIfDue();
  }

  /** Frees memory; the room must be empty and idle. */
  destroy(): void {
    if (this.status === 'destroyed') return;
    this.status = 'destroyed';
    this.admissionBase.reset();
    this.deps.clientIdOwners.release?.(this.worksheetId);
    this.deps.busLink.leave();
    this.awareness.off('update', this.handleAwarenessChange);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private async load(): Promise<boolean> {
    try {
      // Room bus hook (B3): follow other instances first, so nothing they store during the load is missed.
      await this.deps.busLink.following;
      // One instance at a time loads a worksheet, so an older document is migrated once (R18, B11).
      if (!(await this.deps.busLink.exclusively(() => this.loadAndMigrate()))) return false;
      // The room may have been destroyed while the migration was being stored.
      if (this.isDestroyed()) return false;
      this.status = 'ready';
      // Room bus hook (B3): what other instances stored during the load, applied before anyone is served.
      this.deps.busLink.attach(this);
      this.compactIfDue();
      return true;
    } catch (error) {
      // Never fall back to an empty document: clients would sync it over the stored one.
      this.status = 'failed';
      this.deps.logger.error(`Could not load worksheet ${this.worksheetId}`, error);
      return false;
    }
  }

  /** Reads the worksheet into the room's document and stores its migration, if any; false once destroyed. */
  private async loadAndMigrate(): Promise<boolean> {
    const { store, migrateOnLoad } = this.deps;
    // Owners of client ids are read beside the document where claims cannot read them as they go (R24).
    const preparing = Promise.resolve(this.deps.clientIdOwners.prepare?.(this.worksheetId));
    preparing.catch(() => {}); // awaited once the document is in: its failure is the load's
    const loaded = await loadWorksheetDoc(store, this.worksheetId, this.doc, migrateOnLoad);
    await preparing;
    if (this.isDestroyed()) return false;
    this.compaction.loaded(loaded.storedUpdateCount, loaded.storedBytes, loaded.largestStoredBytes);
    if (loaded.migrationError) {
      // A document this server cannot migrate (e.g. written by a newer app) is served as stored.
      const message = `Could not migrate worksheet ${this.worksheetId}; serving it as stored`;
      this.deps.logger.error(message, loaded.migrationError);
    }
    if (loaded.migration) {
      // The migration's writer is the server, like a repair's (R24); saved with the migration itself.
      const writers = [...Y.parseUpdateMeta(loaded.migration).to.keys()];
      this.deps.clientIdOwners.claim(this.worksheetId, SYSTEM_WRITER, writers);
      // Stored before anyone is served, so every client receives the migrated document.
      const provenance = { userId: 'system', role: 'system' as const, receivedAt: this.deps.clock.now() };
      await store.appendUpdates(this.worksheetId, [loaded.migration], provenance);
      this.compaction.appended(loaded.migration.byteLength);
    }
    return true;
  }

  /**
   * B13: with other instances, this room may lack items another instance stored a moment ago, and a client that
   * got them there and reconnected here sends them on, under their writer's client id. Before such an update is
   * refused as written under someone else's id (R24), the room catches up from storage once and the client is
   * asked to send again (a retryable close); if the items are still not in storage after that, they are refused.
   */
  private retryAfterCatchingUp(connection: RelayConnection, clientId: number): boolean {
    if (!this.deps.busLink.shared) return false;
    const key = `${connection.access.userId}:${clientId}`;
    const state = this.catchUps.get(key);
    if (state === 'caught-up') {
      this.catchUps.delete(key);
      return false;
    }
    if (state === undefined) {
      if (this.catchUps.size >= MAX_CATCH_UPS) this.catchUps.clear();
      this.catchUps.set(key, 'catching-up');
      void this.deps.busLink.catchUp().finally(() => this.catchUps.set(key, 'caught-up'));
    }
    connection.close(CloseCode.resync, 'This server is catching up with another one: reconnecting');
    return true;
  }

  private isDestroyed(): boolean {
    return this.status === 'destroyed';
  }

  private greet(connection: RelayConnection): void {
    // Read-only peers are never asked for their state, so a stock client never sends them a step 2.
    if (!connection.access.readOnly) connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const clientIds = [...this.awareness.getStates().keys()];
    if (clientIds.length > 0) {
      connection.send(
        encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds)),
      );
    }
  }

  private leave(connection: RelayConnection): void {
    if (!this.connections.delete(connection)) return;
    const clientIds = [...connection.awarenessClientIds].filter((id) => this.awareness.getStates().has(id));
    if (clientIds.length > 0 && this.status !== 'destroyed') {
      awarenessProtocol.removeAwarenessStates(this.awareness, clientIds, 'connection closed');
    }
    this.deps.onConnectionLeft(this);
  }

  private readonly handleAwarenessChange = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin instanceof RelayConnection) {
      for (const clientId of [...change.added, ...change.updated]) {
        // A reconnecting client keeps its clientID: the id now belongs to its newest connection.
        for (const other of this.connections) other.awarenessClientIds.delete(clientId);
        origin.awarenessClientIds.add(clientId);
      }
      for (const clientId of change.removed) origin.awarenessClientIds.delete(clientId);
    }
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.length === 0) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    this.broadcast(encodeAwarenessMessage(update));
    // Room bus hook (B5): presence changed here is shared; presence heard from the bus is not sent back.
    if (origin !== this.deps.busLink) this.deps.busLink.publishAwareness(update);
  };

  private announceStored(writes: DocumentWrite[]): void {
    const bySender = new Map<string, { write: DocumentWrite; count: number }>();
    for (const write of writes) {
      const key = `${write.provenance.role}\u0000${write.provenance.userId}`;
      const entry = bySender.get(key);
      bySender.set(key, { write, count: (entry?.count ?? 0) + 1 });
    }
    for (const { write, count } of bySender.values()) {
      for (const listener of this.deps.updatesStoredListeners()) {
        const event = {
          worksheetId: this.worksheetId,
          provenance: write.provenance,
          doc: this.doc,
          updateCount: count,
        };
        try {
          Promise.resolve(listener(event)).catch((error: unknown) =>
            this.deps.logger.error(`An updates-stored listener failed for ${this.worksheetId}`, error),
          );
        } catch (error) {
          this.deps.logger.error(`An updates-stored listener failed for ${this.worksheetId}`, error);
        }
      }
    }
  }

  private announceRepair(write: DocumentWrite, repaired: string[]): void {
    const { userId, role, receivedAt } = write.provenance;
    if (role === 'system') return;
    const event = { worksheetId: this.worksheetId, sender: { userId, role }, repaired, receivedAt };
    for (const listener of this.deps.updateRepairedListeners()) {
      try {
        listener(event);
      } catch (error) {
        this.deps.logger.error(`An update-repaired listener failed for ${this.worksheetId}`, error);
      }
    }
  }

  private compactIfDue(): void {
    if (this.compacting || !this.compaction.isDue) return;
    this.compacting = true;
    this.writesInFlight++;
    // Never beside another instance's compaction or load of this worksheet (B11); this instance's own writes
    // go on while it waits for that, and pause only for the fold itself.
    this.deps.busLink
      .exclusively(() =>
        this.deps.writer.runExclusive(() => {
          this.compaction.folding();
          return this.deps.store.compact(this.worksheetId);
        }),
      )
      .then(
        (folded) => {
          // The fold wrote the stored document's state: about what the room's document encodes to.
          if (folded > 0 && !this.isDestroyed()) {
            this.compaction.folded(folded, Y.encodeStateAsUpdate(this.doc).byteLength);
          }
        },
        (error: unknown) =>
          this.deps.logger.error(`Could not compact ${this.worksheetId}; the log is intact`, error),
      )
      .finally(() => {
        this.compacting = false;
        this.writesInFlight--;
        this.settleIfIdle();
      });
  }

  private finishWrites(writes: DocumentWrite[]): void {
    for (const write of writes) this.senders.delete(write);
    this.writesInFlight -= writes.length;
    this.settleIfIdle();
  }

  private settleIfIdle(): void {
    if (this.writesInFlight > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** The update a client sends when it has nothing new (no structs, no deletions). */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0;
}

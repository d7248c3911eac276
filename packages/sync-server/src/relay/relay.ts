import { CloseCode } from '@interlude/schema/sync';
import * as Y from 'yjs';
import type { Clock, TimerHandle } from '../clock.js';
import type { RelayLimits } from '../config.js';
import type { DocumentStore } from '../storage/document-store.js';
import { UpdatesStoredListeners } from '../storage/updates-stored-listeners.js';
import type { WorksheetAccess } from './authorize.js';
import { type ClientIdOwners, MemoryClientIdOwners } from './client-id-owners.js';
import { GroupCommitWriter } from './group-commit-writer.js';
import { RelayConnection } from './relay-connection.js';
import {
  type AdmitUpdate,
  admitEveryUpdate,
  type MigrateOnLoad,
  type UpdateRepairedListener,
  type UpdatesStoredListener,
} from './relay-hooks.js';
import { consoleRelayLogger, type RelayLogger } from './relay-logger.js';
import type { RelaySocket } from './relay-socket.js';
import { Room } from './room.js';
import { type RoomBus, singleInstanceBus } from './room-bus.js';

export interface RelayOptions {
  store: DocumentStore;
  clock: Clock;
  limits: RelayLimits;
  logger?: RelayLogger;
  /** Checked before each update is stored; the default admits everything the sender's access allows. */
  admitUpdate?: AdmitUpdate;
  /** Who owns which Yjs client id per worksheet (R24); in memory unless the server passes its SQL table. */
  clientIdOwners?: ClientIdOwners;
  /** Run on each document as it loads, before anyone is served. */
  migrateOnLoad?: MigrateOnLoad;
  /** Told of every batch the relay stores; shared with the server's own writes (server.ts). */
  updatesStored?: UpdatesStoredListeners;
  /** Shares rooms with other relay instances (docs/relay.md B1–B13); default: one instance, nothing shared. */
  roomBus?: RoomBus;
}

/**
 * The sync relay, independent of any socket library: rooms by worksheet id, their loading and
 * unloading, heartbeats, and closing connections on request or at shutdown.
 */
export class Relay {
  private readonly rooms = new Map<string, Room>();
  /** Rooms on their way out: arrivals wait for these so they load what was stored, never a stale copy. */
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<Room, TimerHandle>();
  private readonly connections = new Set<RelayConnection>();
  private readonly updatesStored: UpdatesStoredListeners;
  private readonly connectionOpenedListeners: ConnectionListener[] = [];
  private readonly updateRepairedListeners: UpdateRepairedListener[] = [];
  private readonly clientIdOwners: ClientIdOwners;
  private readonly connectionClosedListeners: ConnectionListener[] = [];
  private readonly writer: GroupCommitWriter;
  readonly logger: RelayLogger;
  private readonly heartbeat: TimerHandle;
  private closing: Promise<void> | null = null;

  constructor(private readonly options: RelayOptions) {
    this.logger = options.logger ?? consoleRelayLogger;
    this.updatesStored = options.updatesStored ?? new UpdatesStoredListeners();
    this.writer = new GroupCommitWriter(options.store, this.logger);
    this.clientIdOwners = options.clientIdOwners ?? new MemoryClientIdOwners();
    this.heartbeat = options.clock.setInterval(
      () => this.checkHeartbeats(),
      options.limits.heartbeatIntervalMs,
    );
  }

  /**
   * Attaches an authorized socket to its worksheet's room. The adapter reports the socket's
   * frames, pongs and close to the returned connection.
   */
  connect(socket: RelaySocket, worksheetId: string, access: WorksheetAccess): RelayConnection {
    const connection = new RelayConnection(socket, worksheetId, access, this.options.limits);
    if (this.closing) {
      connection.close(CloseCode.serverRestart, 'The server is restarting: reconnect in a moment');
      return connection;
    }
    if (access.stillGranted && !access.stillGranted()) {
      connection.close(CloseCode.notFound, 'No such worksheet');
      return connection;
    }
    this.connections.add(connection);
    for (const listener of this.connectionOpenedListeners) listener(connection);
    connection.onClose(() => {
      this.connections.delete(connection);
      for (const listener of this.connectionClosedListeners) listener(connection);
    });
    this.attach(connection).catch((error: unknown) => {
      this.logger.error(`Could not attach a connection to ${worksheetId}`, error);
      connection.close(CloseCode.storageFailure, 'The worksheet could not be opened: retrying');
    });
    return connection;
  }

  /** Registers a listener told about every batch of stored updates; returns a function that removes it. */
  onUpdatesStored(listener: UpdatesStoredListener): () => void {
    return this.updatesStored.add(listener);
  }

  /** Registers a listener told of each repaired update once it and its repair are durable (R23). */
  onUpdateRepaired(listener: UpdateRepairedListener): () => void {
    return addListener(this.updateRepairedListeners, listener);
  }

  /**
   * Registers a listener told of each connection the relay accepts (its access still granted, the
   * relay not shutting down), before its document loads; returns a function that removes it.
   */
  onConnectionOpened(listener: ConnectionListener): () => void {
    return addListener(this.connectionOpenedListeners, listener);
  }

  /** Registers a listener told whenever an accepted connection ends, after the relay has let go of it. */
  onConnectionClosed(listener: ConnectionListener): () => void {
    return addListener(this.connectionClosedListeners, listener);
  }

  /** Closes every connection of a user (sign-out, revoked access). Returns how many were closed. */
  closeConnectionsOfUser(userId: string, code: number, reason: string): number {
    return this.closeWhere((connection) => connection.access.userId === userId, code, reason);
  }

  /** Closes every connection to a worksheet (archived, deleted). Returns how many were closed. */
  closeConnectionsOfWorksheet(worksheetId: string, code: number, reason: string): number {
    return this.closeWhere((connection) => connection.worksheetId === worksheetId, code, reason);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /**
   * The worksheet's durable state as one Yjs update, exactly what a connection would be served: the
   * room loads (and migrates, R18) as for a connection, so the migration is stored once, by the relay,
   * whichever way the document is first read. The room then unloads as if a connection had left.
   * Rejects when the document cannot be loaded (nothing is replaced, R4).
   */
  async servedState(worksheetId: string): Promise<Uint8Array> {
    if (this.closing) throw new Error('The relay is shutting down');
    for (;;) {
      let pendingUnload = this.unloading.get(worksheetId);
      while (pendingUnload) {
        await pendingUnload;
        pendingUnload = this.unloading.get(worksheetId);
      }
      const room = this.roomFor(worksheetId);
      this.cancelUnload(room);
      if (!(await room.loaded)) throw new Error(`Worksheet ${worksheetId} could not be loaded`);
      // Unloaded meanwhile (a connection came and went during the load): load it again.
      if (room.doc.isDestroyed) continue;
      // Only stored updates are ever applied to the room's document (R5), so this is durable state.
      const state = Y.encodeStateAsUpdate(room.doc);
      this.scheduleUnload(room);
      return state;
    }
  }

  /** Whether the worksheet's room is in memory (for tests and diagnostics). */
  hasRoom(worksheetId: string): boolean {
    return this.rooms.has(worksheetId);
  }

  /** Resolves once every update received so far is stored (or has failed). */
  flushed(): Promise<void> {
    return this.writer.idle();
  }

  /**
   * Shutdown: ignores further frames, finishes pending writes (echoing them), then closes
   * every socket with 1012 so clients reconnect to the next server.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.options.clock.clearInterval(this.heartbeat);
      for (const timer of this.unloadTimers.values()) this.options.clock.clearTimeout(timer);
      this.unloadTimers.clear();
      for (const connection of this.connections) connection.stopAccepting();
      await this.writer.idle();
      await Promise.all(this.unloading.values());
      for (const connection of [...this.connections]) {
        connection.close(CloseCode.serverRestart, 'The server is restarting: reconnect in a moment');
      }
      for (const room of this.rooms.values()) room.destroy();
      this.rooms.clear();
    })();
    return this.closing;
  }

  private async attach(connection: RelayConnection): Promise<void> {
    let pendingUnload = this.unloading.get(connection.worksheetId);
    while (pendingUnload) {
      await pendingUnload;
      pendingUnload = this.unloading.get(connection.worksheetId);
    }
    if (connection.isClosed) return;
    if (this.closing) {
      connection.close(CloseCode.serverRestart, 'The server is restarting: reconnect in a moment');
      return;
    }
    const room = this.roomFor(connection.worksheetId);
    this.cancelUnload(room);
    await room.join(connection);
  }

  private roomFor(worksheetId: string): Room {
    const existing = this.rooms.get(worksheetId);
    if (existing) return existing;
    const room = new Room(worksheetId, {
      store: this.options.store,
      writer: this.writer,
      clock: this.options.clock,
      logger: this.logger,
      compactionThreshold: this.options.limits.compactionThreshold,
      admitUpdate: this.options.admitUpdate ?? admitEveryUpdate,
      clientIdOwners: this.clientIdOwners,
      migrateOnLoad: this.options.migrateOnLoad ?? null,
      updatesStoredListeners: () => this.updatesStored.all(),
      updateRepairedListeners: () => this.updateRepairedListeners,
      onConnectionLeft: (left) => this.scheduleUnload(left),
      busLink: (this.options.roomBus ?? singleInstanceBus).join(worksheetId),
    });
    this.rooms.set(worksheetId, room);
    room.loaded.then((ok) => {
      // A failed room is dropped at once so the next connection retries the load.
      if (!ok && this.rooms.get(worksheetId) === room) {
        this.rooms.delete(worksheetId);
        room.closeAll(CloseCode.storageFailure, 'The worksheet could not be loaded: retrying');
        room.destroy();
      }
    });
    return room;
  }

  private scheduleUnload(room: Room): void {
    if (!room.isEmpty || this.closing || this.rooms.get(room.worksheetId) !== room) return;
    this.cancelUnload(room);
    const timer = this.options.clock.setTimeout(() => {
      this.unloadTimers.delete(room);
      this.unload(room);
    }, this.options.limits.roomUnloadDelayMs);
    this.unloadTimers.set(room, timer);
  }

  private cancelUnload(room: Room): void {
    const timer = this.unloadTimers.get(room);
    if (timer === undefined) return;
    this.options.clock.clearTimeout(timer);
    this.unloadTimers.delete(room);
  }

  /** Removes an empty room only after its writes have finished. */
  private unload(room: Room): void {
    if (!room.isEmpty || this.rooms.get(room.worksheetId) !== room) return;
    this.rooms.delete(room.worksheetId);
    const done = (async () => {
      await room.loaded;
      await room.idle();
      room.destroy();
    })().finally(() => this.unloading.delete(room.worksheetId));
    this.unloading.set(room.worksheetId, done);
  }

  private checkHeartbeats(): void {
    for (const connection of [...this.connections]) {
      if (connection.awaitingPong) {
        connection.terminate();
        continue;
      }
      connection.awaitingPong = true;
      try {
        connection.socket.ping();
      } catch (error) {
        this.logger.warn('Ping failed; dropping the connection', error);
        connection.terminate();
      }
    }
  }

  private closeWhere(
    matches: (connection: RelayConnection) => boolean,
    code: number,
    reason: string,
  ): number {
    const matching = [...this.connections].filter(matches);
    for (const connection of matching) connection.close(code, reason);
    return matching.length;
  }
}

export type ConnectionListener = (connection: RelayConnection) => void;

function addListener<Listener>(listeners: Listener[], listener: Listener): () => void {
  listeners.push(listener);
  return () => {
    const index = listeners.indexOf(listener);
    if (index >= 0) listeners.splice(index, 1);
  };
}

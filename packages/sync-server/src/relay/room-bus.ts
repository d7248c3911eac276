import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { DocumentWrite } from '../storage/document-store.js';
import type { RelayConnection } from './relay-connection.js';

/**
 * How relay instances share their rooms (docs/relay.md B1–B13). One instance alone needs nothing
 * (`singleInstanceBus`); several instances behind a proxy share updates, presence and close requests
 * through Redis (`cluster/redis-room-bus.ts`). Storage stays the one source of truth: the bus only
 * carries what an instance has already stored, and a room that may have missed something reloads it.
 */
export interface RoomBus {
  /** Starts following a worksheet for a room about to load; the room leaves when it is destroyed. */
  join(worksheetId: string): RoomBusLink;
  /** Asks every other instance to close matching connections (sign-out, revoked access); not this one. */
  requestClose(request: CloseRequest): void;
  /** Told of close requests from other instances; returns a function that stops listening. */
  onCloseRequest(listener: (request: CloseRequest) => void): () => void;
  /** Stops following everything and lets go of its connections. */
  close(): Promise<void>;
}

/** Close the connections of one user, one worksheet or one sign-in session, with this code and reason. */
export interface CloseRequest {
  target: 'user' | 'worksheet' | 'session';
  id: string;
  code: number;
  reason: string;
}

/** One room's side of the bus. */
export interface RoomBusLink {
  /** Whether other instances share this room: if so it may be behind storage for a moment (B13). */
  readonly shared: boolean;
  /** Applies whatever storage holds that the room lacks; resolves once done (at once when not shared). */
  catchUp(): Promise<void>;
  /**
   * Resolves once whatever other instances publish from now on will be heard (B3), so a room that awaits
   * it before reading storage misses nothing. Never rejects: with the bus down it resolves at once and
   * the room is brought up to date from storage when the bus is back (B7).
   */
  readonly following: Promise<void>;
  /**
   * Runs `work` while no other instance runs work on the same worksheet this way (B11): a room's load, which
   * migrates an older document once (R18), and a compaction, which then never races another instance's.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /** The room has loaded: applies what arrived meanwhile, then whatever arrives, until `leave`. */
  attach(room: RoomForBus): void;
  /** Updates this instance has stored and broadcast, in order (a repair right after its update). */
  publishStored(writes: readonly DocumentWrite[]): void;
  /** An awareness update applied by this instance (already stamped with the sender's identity, R25). */
  publishAwareness(update: Uint8Array): void;
  leave(): void;
}

/** What the bus needs of a room: the room implements it, the bus does not import the room. */
export interface RoomForBus {
  readonly worksheetId: string;
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly connections: ReadonlySet<RelayConnection>;
  /**
   * An update another instance stored: applied to the document and sent to this room's connections,
   * never stored again. Only stored updates reach the room's document (R5), wherever they were stored.
   */
  applyPeerUpdate(update: Uint8Array): void;
}

const nothingToShare: RoomBusLink = {
  shared: false,
  catchUp: () => Promise.resolve(),
  following: Promise.resolve(),
  exclusively: (work) => work(),
  attach() {},
  publishStored() {},
  publishAwareness() {},
  leave() {},
};

/** One relay instance, today's behaviour: nothing is shared, nothing costs anything. */
export const singleInstanceBus: RoomBus = {
  join: () => nothingToShare,
  requestClose() {},
  onCloseRequest: () => () => {},
  close: () => Promise.resolve(),
};

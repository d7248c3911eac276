import type * as Y from 'yjs';
import type { UpdateProvenance } from '../storage/document-store.js';
import type { WorksheetAccess } from './authorize.js';

/** Told after updates are durable and applied to the room's document (once per sender per batch). */
export interface UpdatesStoredEvent {
  worksheetId: string;
  provenance: UpdateProvenance;
  /** The room's live document, already containing the stored updates. Read it; never write to it. */
  doc: Y.Doc;
  /** How many updates from this sender the batch stored. */
  updateCount: number;
}

export type UpdatesStoredListener = (event: UpdatesStoredEvent) => void | Promise<void>;

/**
 * A server-authored update that undoes the forbidden part of the update it follows (docs/relay.md R23).
 * Written under `clientId`, a fresh client id that belongs to the server from then on.
 */
export interface UpdateRepair {
  update: Uint8Array;
  clientId: number;
  /** What was undone, as short reasons for the audit log (`template-not-permitted`, …). */
  repaired: string[];
}

/**
 * `repair`: the update is stored and followed, in the same write, by the repair. `resync`: the update
 * cannot be judged yet (it builds on changes the relay lacks); the sender is asked to reconnect and
 * send everything again, and nothing is quarantined.
 */
export type UpdateAdmission =
  | { accept: true; repair?: UpdateRepair }
  | { accept: false; reason: string; resync?: boolean };

export interface AdmissionRequest {
  access: WorksheetAccess;
  /** The server's Clock as the update arrived. */
  nowMs: number;
  /**
   * The room's document as stored so far plus the updates already admitted but not yet durable (a
   * fast typist's next update builds on them). Read it; never write to it.
   */
  doc: Y.Doc;
  update: Uint8Array;
}

/**
 * Checks an incoming update against the sender before it is stored: accept it, accept it with a
 * repair, or refuse it (4403; the update is kept in quarantine, never applied).
 */
export type AdmitUpdate = (request: AdmissionRequest) => UpdateAdmission;

/** Told after an update and its repair are durable (docs/relay.md R23), e.g. to write the audit log. */
export interface UpdateRepairedEvent {
  worksheetId: string;
  /** Who sent the repaired update. */
  sender: { userId: string; role: 'therapist' | 'client' };
  repaired: string[];
  receivedAt: number;
}

export type UpdateRepairedListener = (event: UpdateRepairedEvent) => void;

/**
 * Brings a document loaded from storage up to date before anyone is served (schema migrations).
 * Returns the update it made, which the room stores with `system` provenance, or null.
 */
export type MigrateOnLoad = (doc: Y.Doc) => Uint8Array | null;

export const admitEveryUpdate: AdmitUpdate = () => ({ accept: true });

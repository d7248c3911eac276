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
 * `resync`: the update cannot be judged yet (it builds on changes the relay lacks); the sender is
 * asked to reconnect and send everything again, and nothing is quarantined.
 */
export type UpdateAdmission = { accept: true } | { accept: false; reason: string; resync?: boolean };

/**
 * Checks an incoming update against the sender before it is stored. `doc` is the room's document
 * as stored so far plus the updates already admitted but not yet durable (a fast typist's next
 * update builds on them); do not modify it. A rejection closes the sender with 4403; the update
 * is kept in quarantine, never applied.
 */
export type AdmitUpdate = (access: WorksheetAccess, doc: Y.Doc, update: Uint8Array) => UpdateAdmission;

/**
 * Brings a document loaded from storage up to date before anyone is served (schema migrations).
 * Returns the update it made, which the room stores with `system` provenance, or null.
 */
export type MigrateOnLoad = (doc: Y.Doc) => Uint8Array | null;

export const admitEveryUpdate: AdmitUpdate = () => ({ accept: true });

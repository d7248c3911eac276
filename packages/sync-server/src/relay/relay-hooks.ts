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

export type UpdateAdmission = { accept: true } | { accept: false; reason: string };

/**
 * Checks an incoming update against the sender before it is stored. `doc` is the room's document
 * as stored so far; do not modify it. A rejection closes the sender with 4403 and stores nothing.
 */
export type AdmitUpdate = (access: WorksheetAccess, doc: Y.Doc, update: Uint8Array) => UpdateAdmission;

export const admitEveryUpdate: AdmitUpdate = () => ({ accept: true });

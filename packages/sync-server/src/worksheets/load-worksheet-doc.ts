import * as Y from 'yjs';
import type { MigrateOnLoad } from '../relay/relay-hooks.js';
import type { DocumentStore } from '../storage/document-store.js';

export interface LoadedWorksheetDoc {
  /** How many stored updates were applied; 0 when the document was never stored. */
  storedUpdateCount: number;
  /** Their total size, and the largest one's (a folded log's base), in bytes. */
  storedBytes: number;
  largestStoredBytes: number;
  /** What the migration changed (already applied to the doc), for the caller to store or not; null if nothing. */
  migration: Uint8Array | null;
  /** Why the document could not be migrated (e.g. a newer app wrote it); it is then left as stored. */
  migrationError: unknown;
}

/**
 * Loads a worksheet's stored updates into `doc`, one transaction each, and brings it up to date with
 * `migrate`. Whether to store the migration is the caller's choice: the relay stores it before serving
 * anyone; a read-only pass (start-up scoring) keeps it in memory. A destroyed doc is left untouched.
 */
export async function loadWorksheetDoc(
  store: DocumentStore,
  worksheetId: string,
  doc: Y.Doc,
  migrate: MigrateOnLoad | null,
): Promise<LoadedWorksheetDoc> {
  const stored = await store.load(worksheetId);
  const updates = stored?.updates ?? [];
  const sizes = {
    storedUpdateCount: updates.length,
    storedBytes: updates.reduce((total, update) => total + update.byteLength, 0),
    largestStoredBytes: updates.reduce((largest, update) => Math.max(largest, update.byteLength), 0),
  };
  if (doc.isDestroyed) return { ...sizes, storedUpdateCount: 0, migration: null, migrationError: null };
  // One transaction per stored update: Yjs merges the structs a deletion splits only when a transaction ends,
  // and a long log applied in one transaction fragments them until every deletion costs a long search.
  for (const update of updates) Y.applyUpdate(doc, update);
  try {
    return { ...sizes, migration: migrate?.(doc) ?? null, migrationError: null };
  } catch (error) {
    return { ...sizes, migration: null, migrationError: error };
  }
}

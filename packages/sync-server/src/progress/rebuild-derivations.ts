import * as Y from 'yjs';
import type { MigrateOnLoad } from '../relay/relay-hooks.js';
import type { DocumentStore } from '../storage/document-store.js';
import { loadWorksheetDoc } from '../worksheets/load-worksheet-doc.js';
import type { WorksheetStore } from '../worksheets/worksheet-store.js';
import { deriveWorksheet } from './derive-worksheet.js';
import type { DerivedResponseStore } from './derived-response-store.js';

export interface RebuildOptions {
  /** Where the worksheets' ids come from. */
  worksheets: WorksheetStore;
  documentStore: DocumentStore;
  derived: DerivedResponseStore;
  /** The relay's migration, applied in memory only (the relay stores it when the document is next opened). */
  migrateOnLoad: MigrateOnLoad;
  /** Only worksheets never derived (start-up), or every worksheet (the rebuild command). */
  only: 'underived' | 'all';
  logError: (message: string, error: unknown) => void;
}

/**
 * Derives worksheets from their stored documents. One document that cannot be read is logged and
 * skipped; the others are still derived. Returns how many were derived.
 */
export async function rebuildDerivations(options: RebuildOptions): Promise<number> {
  const ids = await options.worksheets.allIds();
  const already = options.only === 'underived' ? await options.derived.derivedIds() : new Set<string>();
  let count = 0;
  for (const id of ids) {
    if (already.has(id)) continue;
    const doc = new Y.Doc();
    try {
      const loaded = await loadWorksheetDoc(options.documentStore, id, doc, options.migrateOnLoad);
      if (loaded.storedUpdateCount === 0) continue;
      if (loaded.migrationError) throw loaded.migrationError;
      // A worksheet deleted since the ids were read is not derived, and not counted.
      if (await options.derived.replace(id, deriveWorksheet(doc))) count += 1;
    } catch (error) {
      options.logError(`Could not derive worksheet ${id}`, error);
    } finally {
      doc.destroy();
    }
  }
  return count;
}

import * as Y from 'yjs';
import type { Accounts } from '../accounts.js';
import type { MigrateOnLoad } from '../relay/relay-hooks.js';
import type { DocumentStore } from '../storage/document-store.js';
import { loadWorksheetDoc } from '../worksheets/load-worksheet-doc.js';
import type { StoredUpdatesEvent } from '../worksheets/worksheet-progress.js';

export interface ScoreUnscoredMeasuresDependencies {
  accounts: Accounts;
  documentStore: DocumentStore;
  /** The relay's migration, applied in memory only: the relay stores it when the document is next opened. */
  migrateOnLoad: MigrateOnLoad;
  recordMeasureResult: (event: StoredUpdatesEvent) => Promise<void>;
  logError: (message: string, error: unknown) => void;
}

/**
 * At start-up, scores measure worksheets that have answers but no stored result: those answered before
 * the server scored measures would otherwise show no item 9 flag until the client edits again.
 * One document that cannot be read is logged and skipped; the others are still scored.
 */
export async function scoreUnscoredMeasures({
  accounts,
  documentStore,
  migrateOnLoad,
  recordMeasureResult,
  logError,
}: ScoreUnscoredMeasuresDependencies): Promise<void> {
  for (const worksheet of await accounts.worksheets.listUnscoredMeasures()) {
    const doc = new Y.Doc();
    try {
      const loaded = await loadWorksheetDoc(documentStore, worksheet.id, doc, migrateOnLoad);
      if (loaded.storedUpdateCount === 0) continue;
      if (loaded.migrationError) throw loaded.migrationError;
      await recordMeasureResult({
        worksheetId: worksheet.id,
        provenance: { userId: 'system', role: 'system' },
        doc,
      });
    } catch (error) {
      logError(`Could not score measure worksheet ${worksheet.id} at start-up`, error);
    } finally {
      doc.destroy();
    }
  }
}

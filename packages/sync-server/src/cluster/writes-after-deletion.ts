import type { Relay } from '../relay/relay.js';
import type { DocumentStore } from '../storage/document-store.js';

export interface WritesAfterDeletionDeps {
  relay: Pick<Relay, 'flushed'>;
  documentStore: Pick<DocumentStore, 'delete'>;
  /** Whether the worksheet's row still exists (a 4404 close for a worksheet that was not deleted changes nothing). */
  worksheetExists(worksheetId: string): Promise<boolean>;
  logError(message: string, error: unknown): void;
}

/**
 * Another instance deleted a worksheet (B12). It waited for its own writes before deleting the document, but
 * this instance may have had a batch in flight for it, committed after that delete: once this instance's
 * connections to it are closed and its writes have settled, the document is deleted here too.
 */
export function removeWritesAfterDeletion(
  deps: WritesAfterDeletionDeps,
): (worksheetId: string) => Promise<void> {
  return async (worksheetId) => {
    try {
      await deps.relay.flushed();
      if (await deps.worksheetExists(worksheetId)) return;
      await deps.documentStore.delete(worksheetId);
    } catch (error) {
      deps.logError(`Could not remove what was stored for deleted worksheet ${worksheetId}`, error);
    }
  };
}

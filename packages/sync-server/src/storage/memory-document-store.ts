import { noDatabase } from '../database/no-database.js';
import type { SqlExecutor } from '../database/sql-database.js';
import {
  type DocumentStore,
  DocumentStoreError,
  type DocumentWrite,
  type ProvenanceSummary,
  type RefusedUpdate,
  type StoredDocument,
  type UpdateProvenance,
} from './document-store.js';
import { foldUpdates } from './fold-updates.js';
import { addToProvenanceSummary } from './provenance-summary.js';

interface MemoryDocument {
  updates: Uint8Array[];
  summaries: ProvenanceSummary[];
  refused: RefusedUpdate[];
}

/** A DocumentStore in memory, for unit tests. Copies bytes in and out so callers cannot mutate stored data. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, MemoryDocument>();

  async load(documentId: string): Promise<StoredDocument | null> {
    const document = this.documents.get(documentId);
    if (!document || document.updates.length === 0) return null;
    return { updates: document.updates.map((update) => update.slice()) };
  }

  async appendUpdates(
    documentId: string,
    updates: readonly Uint8Array[],
    provenance: UpdateProvenance,
  ): Promise<void> {
    await this.appendBatch(updates.map((update) => ({ documentId, update, provenance })));
  }

  async appendBatch(writes: readonly DocumentWrite[]): Promise<void> {
    for (const write of writes) {
      const document = this.documentFor(write.documentId);
      document.updates.push(write.update.slice());
      addToProvenanceSummary(document.summaries, write.provenance, 1);
    }
  }

  async createDocument<T>(write: DocumentWrite, recordRows: (tx: SqlExecutor) => T | Promise<T>): Promise<T> {
    if (this.documents.get(write.documentId)?.updates.length) {
      throw new DocumentStoreError(`Could not create document ${write.documentId}: it already exists`);
    }
    // Storing in memory cannot fail, so running the rows first keeps both or neither.
    const result = await recordRows(noDatabase);
    await this.appendBatch([write]);
    return result;
  }

  async compact(documentId: string): Promise<number> {
    const document = this.documents.get(documentId);
    if (!document || document.updates.length < 2) return 0;
    const folded = document.updates.length;
    document.updates = [foldUpdates(document.updates)];
    return folded;
  }

  async delete(documentId: string): Promise<void> {
    this.documents.delete(documentId);
  }

  async provenanceSummary(documentId: string): Promise<ProvenanceSummary[]> {
    return (this.documents.get(documentId)?.summaries ?? []).map((summary) => ({ ...summary }));
  }

  async quarantine(write: DocumentWrite, reason: string): Promise<void> {
    const { documentId, update, provenance } = write;
    this.documentFor(documentId).refused.push({ documentId, update: update.slice(), provenance, reason });
  }

  async refusedUpdates(documentId: string): Promise<RefusedUpdate[]> {
    return (this.documents.get(documentId)?.refused ?? []).map((refused) => ({
      ...refused,
      update: refused.update.slice(),
    }));
  }

  private documentFor(documentId: string): MemoryDocument {
    let document = this.documents.get(documentId);
    if (!document) {
      document = { updates: [], summaries: [], refused: [] };
      this.documents.set(documentId, document);
    }
    return document;
  }
}

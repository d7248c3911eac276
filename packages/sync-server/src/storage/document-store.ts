import type { SqlExecutor } from '../database/sql-database.js';

/**
 * Durable storage of worksheet documents as an append-only log of Yjs updates.
 * One interface, one implementation per backend (SQLite, Postgres, memory for unit tests); every
 * implementation runs the contract suite in document-store-contract.ts.
 */
export interface DocumentStore {
  /** Every stored update of the document in append order, or null when nothing was ever stored. */
  load(documentId: string): Promise<StoredDocument | null>;
  /** Appends updates with their provenance, atomically; resolves once they are durable. */
  appendUpdates(
    documentId: string,
    updates: readonly Uint8Array[],
    provenance: UpdateProvenance,
  ): Promise<void>;
  /** Appends writes for any number of documents in one transaction (group commit); resolves once durable. */
  appendBatch(writes: readonly DocumentWrite[]): Promise<void>;
  /**
   * Stores a new document's first update and runs `recordRows` (the caller's writes to the same
   * database, e.g. the worksheet row and its audit entry) in the same transaction, which it is handed
   * as `tx`: if `recordRows` throws or rejects, nothing is stored and its error is rethrown as is.
   * `recordRows` may await `tx`'s statements, and nothing else (docs/storage.md S9). Refuses a document
   * that already exists. A store without a database (memory) hands a `tx` that refuses every statement.
   */
  createDocument<T>(write: DocumentWrite, recordRows: (tx: SqlExecutor) => T | Promise<T>): Promise<T>;
  /**
   * Folds the document's log into one encoded state, atomically. Provenance summaries are kept.
   * Returns the number of updates folded (0 when there was nothing to fold).
   */
  compact(documentId: string): Promise<number>;
  /** Removes the document, its log and its provenance summary. */
  delete(documentId: string): Promise<void>;
  /** Per user and role: first and last receivedAt and how many updates they sent (kept through compaction). */
  provenanceSummary(documentId: string): Promise<ProvenanceSummary[]>;
  /**
   * Keeps an update the relay refused (read-only access, a change the sender's role may not make)
   * apart from the document, so refused work is never silently lost; `load` never returns it.
   */
  quarantine(write: DocumentWrite, reason: string): Promise<void>;
  /** The refused updates kept for a document, oldest first. `delete` removes them with the document. */
  refusedUpdates(documentId: string): Promise<RefusedUpdate[]>;
}

export interface RefusedUpdate extends DocumentWrite {
  reason: string;
}

export interface StoredDocument {
  /** Encoded Yjs updates (v1) in append order; apply them all to rebuild the document. */
  updates: Uint8Array[];
}

/** Who sent an update and when the server received it (from the server's Clock). */
export interface UpdateProvenance {
  userId: string;
  role: 'therapist' | 'client' | 'system';
  receivedAt: number;
  /** On the server's repair of a forbidden change (docs/relay.md R23): the user whose update it repairs. */
  repairOf?: string;
}

export interface DocumentWrite {
  documentId: string;
  update: Uint8Array;
  provenance: UpdateProvenance;
  /**
   * The Yjs client ids the update writes new items under, as the relay read them from its one decode
   * (docs/relay.md R24): a store whose batch saves client-id claims (Postgres) claims them for the sender
   * in the batch's transaction. Absent on the server's own writes, whose ids are read from the update.
   */
  newClientIds?: readonly number[];
}

export interface ProvenanceSummary {
  userId: string;
  role: UpdateProvenance['role'];
  firstReceivedAt: number;
  lastReceivedAt: number;
  updateCount: number;
}

/** A storage operation failed; the caller must not treat the data as stored. */
export class DocumentStoreError extends Error {
  override name = 'DocumentStoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

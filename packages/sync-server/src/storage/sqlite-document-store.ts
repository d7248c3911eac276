import type { SqliteDatabase } from '../database/open-database.js';
import type { SqlExecutor } from '../database/sql-database.js';
import { openPortTransaction, runSqliteTransaction } from '../database/sqlite-sql-database.js';
import { WalSyncOffLoop } from '../database/wal-sync-off-loop.js';
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
import { summarizeBatch } from './provenance-summary.js';

interface UpdateRow {
  seq: number;
  data: Buffer;
  received_at: number;
  folded_count: number;
}

interface RefusedRow {
  data: Buffer;
  user_id: string;
  role: UpdateProvenance['role'];
  received_at: number;
  reason: string;
}

interface SummaryRow {
  user_id: string;
  role: UpdateProvenance['role'];
  first_received_at: number;
  last_received_at: number;
  update_count: number;
}

/**
 * DocumentStore on the server's shared SQLite database (tables from storageMigrations).
 * better-sqlite3 is synchronous, so each method's transaction has finished, and with
 * synchronous=FULL is on disk, by the time its promise resolves; appended batches reach the disk off the
 * event loop (WalSyncOffLoop) and resolve only then.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly statements;
  /** At synchronous=FULL, batches wait for their flush off the event loop (wal-sync-off-loop.ts). */
  private readonly walSync: WalSyncOffLoop | null;

  /**
   * `withEachBatch` writes rows that belong with a batch of updates (the server's worksheet activity) in the
   * batch's own transaction: they are then exactly as durable as the updates, for the same one fsync.
   */
  constructor(
    private readonly db: SqliteDatabase,
    private readonly withEachBatch: (writes: readonly DocumentWrite[]) => void = () => {},
  ) {
    this.walSync = WalSyncOffLoop.for(db);
    this.statements = {
      load: db.prepare<[string], UpdateRow>(
        'SELECT seq, data, received_at, folded_count FROM document_updates WHERE document_id = ? ORDER BY seq',
      ),
      append: db.prepare<[string, Uint8Array, string, string, number, string | null]>(
        'INSERT INTO document_updates (document_id, data, user_id, role, received_at, repair_of) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      addProvenance: db.prepare<[string, string, string, number, number, number]>(
        `INSERT INTO document_provenance
           (document_id, user_id, role, first_received_at, last_received_at, update_count)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (document_id, user_id, role) DO UPDATE SET
           first_received_at = MIN(first_received_at, excluded.first_received_at),
           last_received_at = MAX(last_received_at, excluded.last_received_at),
           update_count = update_count + excluded.update_count`,
      ),
      exists: db.prepare<[string], { found: number }>(
        'SELECT 1 AS found FROM document_updates WHERE document_id = ? LIMIT 1',
      ),
      deleteUpTo: db.prepare<[string, number]>(
        'DELETE FROM document_updates WHERE document_id = ? AND seq <= ?',
      ),
      insertFolded: db.prepare<[string, Uint8Array, number, number]>(
        'INSERT INTO document_updates (document_id, data, user_id, role, received_at, folded_count) VALUES (?, ?, NULL, NULL, ?, ?)',
      ),
      deleteUpdates: db.prepare<[string]>('DELETE FROM document_updates WHERE document_id = ?'),
      deleteProvenance: db.prepare<[string]>('DELETE FROM document_provenance WHERE document_id = ?'),
      quarantine: db.prepare<[string, Uint8Array, string, string, number, string]>(
        'INSERT INTO refused_updates (document_id, data, user_id, role, received_at, reason) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      refused: db.prepare<[string], RefusedRow>(
        'SELECT data, user_id, role, received_at, reason FROM refused_updates WHERE document_id = ? ORDER BY seq',
      ),
      deleteRefused: db.prepare<[string]>('DELETE FROM refused_updates WHERE document_id = ?'),
      summary: db.prepare<[string], SummaryRow>(
        `SELECT user_id, role, first_received_at, last_received_at, update_count
           FROM document_provenance WHERE document_id = ? ORDER BY first_received_at, user_id, role`,
      ),
    };
  }

  async load(documentId: string): Promise<StoredDocument | null> {
    const rows = this.run('load', documentId, () => this.statements.load.all(documentId));
    if (rows.length === 0) return null;
    return {
      updates: rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
    };
  }

  async appendUpdates(
    documentId: string,
    updates: readonly Uint8Array[],
    provenance: UpdateProvenance,
  ): Promise<void> {
    await this.appendBatch(updates.map((update) => ({ documentId, update, provenance })));
  }

  async appendBatch(writes: readonly DocumentWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const transaction = this.db.transaction(() => {
      for (const write of writes) this.insertUpdate(write);
      // One provenance upsert per sender and document in the batch, not one per update.
      this.addProvenance(summarizeBatch(writes));
      this.withEachBatch(writes);
    });
    const documentId = writes[0]!.documentId;
    const walSync = this.walSync;
    if (!walSync) {
      await this.outsidePortTransactions(() => this.run('append', documentId, () => transaction()));
      return;
    }
    try {
      await this.outsidePortTransactions(() => walSync.commit(transaction));
    } catch (error) {
      throw new DocumentStoreError(`Could not append to document ${documentId}: ${String(error)}`, {
        cause: error,
      });
    }
  }

  /** Lets go of the WAL file descriptor; call before closing the database. */
  async close(): Promise<void> {
    await this.walSync?.close();
  }

  async createDocument<T>(write: DocumentWrite, recordRows: (tx: SqlExecutor) => T | Promise<T>): Promise<T> {
    const { documentId } = write;
    // The caller's own error (a refused row) passes through unwrapped; the transaction rolls back either way.
    // A port transaction (BEGIN IMMEDIATE … COMMIT), so recordRows may await the SQL port's statements.
    return runSqliteTransaction(this.db, (tx) => {
      this.run('create', documentId, () => {
        if (this.statements.exists.get(documentId)) throw new Error('it already exists');
        this.insertUpdate(write);
        this.addProvenance(summarizeBatch([write]));
      });
      return recordRows(tx);
    });
  }

  private insertUpdate({ documentId, update, provenance }: DocumentWrite): void {
    this.statements.append.run(
      documentId,
      update,
      provenance.userId,
      provenance.role,
      provenance.receivedAt,
      provenance.repairOf ?? null,
    );
  }

  private addProvenance(summaries: Map<string, ProvenanceSummary[]>): void {
    for (const [documentId, senders] of summaries) {
      for (const sender of senders) {
        this.statements.addProvenance.run(
          documentId,
          sender.userId,
          sender.role,
          sender.firstReceivedAt,
          sender.lastReceivedAt,
          sender.updateCount,
        );
      }
    }
  }

  async compact(documentId: string): Promise<number> {
    // IMMEDIATE: another process sharing the file (a second instance) waits its turn instead of failing.
    return this.outsidePortTransactions(() =>
      this.run('compact', documentId, () =>
        this.db
          .transaction(() => {
            const rows = this.statements.load.all(documentId);
            if (rows.length < 2) return 0;
            const folded = foldUpdates(rows.map((row) => row.data));
            const lastRow = rows[rows.length - 1]!;
            const foldedCount = rows.reduce((total, row) => total + Math.max(1, row.folded_count), 0);
            const latestReceivedAt = rows.reduce((latest, row) => Math.max(latest, row.received_at), 0);
            this.statements.deleteUpTo.run(documentId, lastRow.seq);
            this.statements.insertFolded.run(documentId, folded, latestReceivedAt, foldedCount);
            return rows.length;
          })
          .immediate(),
      ),
    );
  }

  async delete(documentId: string): Promise<void> {
    await this.outsidePortTransactions(() =>
      this.run('delete', documentId, () =>
        this.db.transaction(() => {
          this.statements.deleteUpdates.run(documentId);
          this.statements.deleteProvenance.run(documentId);
          this.statements.deleteRefused.run(documentId);
        })(),
      ),
    );
  }

  /**
   * Runs a write of this store's own once no port transaction is open on the shared connection, in the same
   * synchronous step as that check, so it never joins another's transaction (sqlite-sql-database.ts).
   */
  private async outsidePortTransactions<T>(write: () => T): Promise<Awaited<T>> {
    for (let open = openPortTransaction(this.db); open; open = openPortTransaction(this.db)) await open;
    return await write();
  }

  async provenanceSummary(documentId: string): Promise<ProvenanceSummary[]> {
    const rows = this.run('read provenance of', documentId, () => this.statements.summary.all(documentId));
    return rows.map((row) => ({
      userId: row.user_id,
      role: row.role,
      firstReceivedAt: row.first_received_at,
      lastReceivedAt: row.last_received_at,
      updateCount: row.update_count,
    }));
  }

  async quarantine(write: DocumentWrite, reason: string): Promise<void> {
    const { documentId, update, provenance } = write;
    await this.outsidePortTransactions(() =>
      this.run('quarantine an update of', documentId, () =>
        this.statements.quarantine.run(
          documentId,
          update,
          provenance.userId,
          provenance.role,
          provenance.receivedAt,
          reason,
        ),
      ),
    );
  }

  async refusedUpdates(documentId: string): Promise<RefusedUpdate[]> {
    const rows = this.run('read refused updates of', documentId, () =>
      this.statements.refused.all(documentId),
    );
    return rows.map((row) => ({
      documentId,
      update: new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength),
      provenance: { userId: row.user_id, role: row.role, receivedAt: row.received_at },
      reason: row.reason,
    }));
  }

  /** Wraps SQLite errors so callers see which operation on which document failed. */
  private run<T>(operation: string, documentId: string, action: () => T): T {
    try {
      return action();
    } catch (error) {
      throw new DocumentStoreError(`Could not ${operation} document ${documentId}: ${String(error)}`, {
        cause: error,
      });
    }
  }
}

import type pg from 'pg';
import { postgresExecutor, withPostgresTransaction } from '../database/postgres-sql-database.js';
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
 * First key of the per-document advisory lock (second key: a hash of the document id) that compaction
 * and creation take for their transaction. A hash collision only makes two documents take turns.
 */
const DOCUMENT_LOCK_CLASS = 0x646f_6373; // "docs"

const LOAD =
  'SELECT seq, data, received_at, folded_count FROM document_updates WHERE document_id = $1 ORDER BY seq';

function bytes(data: Buffer): Uint8Array {
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * Rows that belong with a batch of updates (the server's worksheet activity, client-id claims), written in
 * the batch's own transaction after its updates and before COMMIT: exactly as durable as the updates, for
 * the same one commit. It may await only `tx`'s statements; if it throws, the whole batch fails.
 */
export type PostgresBatchHook = (tx: SqlExecutor, writes: readonly DocumentWrite[]) => Promise<void>;

/**
 * DocumentStore on Postgres (tables from postgresStorageMigrations), through a pool made by
 * createPostgresPool, whose connections force synchronous_commit on: every write has committed, and
 * reached the WAL on disk, before its promise resolves. Several server instances may share the database.
 */
export class PostgresDocumentStore implements DocumentStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly withEachBatch: PostgresBatchHook | null = null,
  ) {}

  async load(documentId: string): Promise<StoredDocument | null> {
    const rows = await this.run('load', documentId, () =>
      this.pool.query<UpdateRow>(LOAD, [documentId]).then((result) => result.rows),
    );
    if (rows.length === 0) return null;
    return { updates: rows.map((row) => bytes(row.data)) };
  }

  async appendUpdates(
    documentId: string,
    updates: readonly Uint8Array[],
    provenance: UpdateProvenance,
  ): Promise<void> {
    await this.appendBatch(updates.map((update) => ({ documentId, update, provenance })));
  }

  /**
   * Group commit: the whole batch is one transaction, one INSERT for the log and one for provenance, then
   * the `withEachBatch` rows. A hook that throws fails the batch: nothing of it is stored.
   */
  async appendBatch(writes: readonly DocumentWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const hook = this.withEachBatch;
    let ended = false;
    try {
      await this.run('append', writes[0]!.documentId, () =>
        withPostgresTransaction(this.pool, async (client) => {
          await this.insert(client, writes);
          if (hook)
            await hook(
              postgresExecutor(client, () => ended),
              writes,
            );
        }),
      );
    } finally {
      ended = true;
    }
  }

  /**
   * The document's first update and the caller's rows in one Postgres transaction: `recordRows` gets
   * that transaction (SQL port) and may await its statements; if it throws, everything rolls back.
   */
  async createDocument<T>(write: DocumentWrite, recordRows: (tx: SqlExecutor) => T | Promise<T>): Promise<T> {
    let ended = false;
    try {
      return await this.createInTransaction(write, recordRows, () => ended);
    } finally {
      ended = true;
    }
  }

  private createInTransaction<T>(
    write: DocumentWrite,
    recordRows: (tx: SqlExecutor) => T | Promise<T>,
    isEnded: () => boolean,
  ): Promise<T> {
    const { documentId } = write;
    return withPostgresTransaction(this.pool, async (client) => {
      await this.run('create', documentId, async () => {
        // Two creators of one id: the lock makes the second wait and then see the first's row.
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          DOCUMENT_LOCK_CLASS,
          documentId,
        ]);
        const existing = await client.query('SELECT 1 FROM document_updates WHERE document_id = $1 LIMIT 1', [
          documentId,
        ]);
        if (existing.rowCount) throw new Error('it already exists');
        await this.insert(client, [write]);
      });
      // The caller's own error passes through unwrapped.
      return recordRows(postgresExecutor(client, isEnded));
    });
  }

  private async insert(client: pg.PoolClient, writes: readonly DocumentWrite[]): Promise<void> {
    await client.query(
      `INSERT INTO document_updates (document_id, data, user_id, role, received_at, repair_of)
       SELECT * FROM unnest($1::text[], $2::bytea[], $3::text[], $4::text[], $5::bigint[], $6::text[])`,
      [
        writes.map((write) => write.documentId),
        writes.map((write) =>
          Buffer.from(write.update.buffer, write.update.byteOffset, write.update.byteLength),
        ),
        writes.map((write) => write.provenance.userId),
        writes.map((write) => write.provenance.role),
        writes.map((write) => write.provenance.receivedAt),
        writes.map((write) => write.provenance.repairOf ?? null),
      ],
    );
    // One summary row per document, user and role, upserted in a fixed order so two batches touching
    // the same rows lock them in the same order and cannot deadlock.
    const summaries = new Map<string, { documentId: string; entries: ProvenanceSummary[] }>();
    for (const { documentId, provenance } of writes) {
      const document = summaries.get(documentId) ?? { documentId, entries: [] };
      summaries.set(documentId, document);
      addToProvenanceSummary(document.entries, provenance, 1);
    }
    const rows = [...summaries.values()]
      .flatMap(({ documentId, entries }) => entries.map((entry) => ({ documentId, ...entry })))
      .sort((a, b) => compareKeys([a.documentId, a.userId, a.role], [b.documentId, b.userId, b.role]));
    await client.query(
      `INSERT INTO document_provenance
         (document_id, user_id, role, first_received_at, last_received_at, update_count)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[])
       ON CONFLICT (document_id, user_id, role) DO UPDATE SET
         first_received_at = LEAST(document_provenance.first_received_at, EXCLUDED.first_received_at),
         last_received_at = GREATEST(document_provenance.last_received_at, EXCLUDED.last_received_at),
         update_count = document_provenance.update_count + EXCLUDED.update_count`,
      [
        rows.map((row) => row.documentId),
        rows.map((row) => row.userId),
        rows.map((row) => row.role),
        rows.map((row) => row.firstReceivedAt),
        rows.map((row) => row.lastReceivedAt),
        rows.map((row) => row.updateCount),
      ],
    );
  }

  /**
   * Folds the log under a per-document advisory lock held to the end of the transaction, so two
   * instances compacting one document take turns (the second folds what the first left). Appends take
   * no lock and are never blocked: the rows folded are deleted by their seq, so an update committed
   * meanwhile, whatever its seq, stays in the log beside the folded state.
   */
  async compact(documentId: string): Promise<number> {
    return this.run('compact', documentId, () =>
      withPostgresTransaction(this.pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
          DOCUMENT_LOCK_CLASS,
          documentId,
        ]);
        const rows = (await client.query<UpdateRow>(LOAD, [documentId])).rows;
        if (rows.length < 2) return 0;
        const folded = foldUpdates(rows.map((row) => row.data));
        const foldedCount = rows.reduce((total, row) => total + Math.max(1, row.folded_count), 0);
        const latestReceivedAt = rows.reduce((latest, row) => Math.max(latest, row.received_at), 0);
        const deleted = await client.query('DELETE FROM document_updates WHERE seq = ANY($1::bigint[])', [
          rows.map((row) => row.seq),
        ]);
        if (deleted.rowCount !== rows.length) {
          // Only a delete() of the document meanwhile can do this: fold nothing rather than resurrect it.
          throw new Error(
            `${rows.length - (deleted.rowCount ?? 0)} of its updates vanished while compacting`,
          );
        }
        await client.query(
          `INSERT INTO document_updates (document_id, data, user_id, role, received_at, folded_count)
           VALUES ($1, $2, NULL, NULL, $3, $4)`,
          [
            documentId,
            Buffer.from(folded.buffer, folded.byteOffset, folded.byteLength),
            latestReceivedAt,
            foldedCount,
          ],
        );
        return rows.length;
      }),
    );
  }

  async delete(documentId: string): Promise<void> {
    await this.run('delete', documentId, () =>
      withPostgresTransaction(this.pool, async (client) => {
        await client.query('DELETE FROM document_updates WHERE document_id = $1', [documentId]);
        await client.query('DELETE FROM document_provenance WHERE document_id = $1', [documentId]);
        await client.query('DELETE FROM refused_updates WHERE document_id = $1', [documentId]);
      }),
    );
  }

  async provenanceSummary(documentId: string): Promise<ProvenanceSummary[]> {
    const rows = await this.run('read provenance of', documentId, async () => {
      const result = await this.pool.query<SummaryRow>(
        `SELECT user_id, role, first_received_at, last_received_at, update_count
           FROM document_provenance WHERE document_id = $1 ORDER BY first_received_at, user_id, role`,
        [documentId],
      );
      return result.rows;
    });
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
    await this.run('quarantine an update of', documentId, () =>
      this.pool.query(
        `INSERT INTO refused_updates (document_id, data, user_id, role, received_at, reason)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          documentId,
          Buffer.from(update.buffer, update.byteOffset, update.byteLength),
          provenance.userId,
          provenance.role,
          provenance.receivedAt,
          reason,
        ],
      ),
    );
  }

  async refusedUpdates(documentId: string): Promise<RefusedUpdate[]> {
    const rows = await this.run('read refused updates of', documentId, async () => {
      const result = await this.pool.query<RefusedRow>(
        'SELECT data, user_id, role, received_at, reason FROM refused_updates WHERE document_id = $1 ORDER BY seq',
        [documentId],
      );
      return result.rows;
    });
    return rows.map((row) => ({
      documentId,
      update: bytes(row.data),
      provenance: { userId: row.user_id, role: row.role, receivedAt: row.received_at },
      reason: row.reason,
    }));
  }

  /** Wraps driver errors so callers see which operation on which document failed. */
  private async run<T>(operation: string, documentId: string, action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      throw new DocumentStoreError(`Could not ${operation} document ${documentId}: ${String(error)}`, {
        cause: error,
      });
    }
  }
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let index = 0; index < a.length; index += 1) {
    if (a[index]! < b[index]!) return -1;
    if (a[index]! > b[index]!) return 1;
  }
  return 0;
}

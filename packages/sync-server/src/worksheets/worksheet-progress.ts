import type * as Y from 'yjs';
import type { Accounts } from '../accounts.js';
import type { SqliteDatabase } from '../database/open-database.js';
import type { SqlDialect, SqlExecutor } from '../database/sql-database.js';
import type { DocumentWrite } from '../storage/document-store.js';

export interface StoredUpdatesEvent {
  worksheetId: string;
  provenance: { userId: string; role: 'therapist' | 'client' | 'system' };
  /** The document after the updates were applied. */
  doc: Y.Doc;
}

/**
 * Derives the hand-in from what reached storage: meta.handedInAt in the document is the hand-in. (A client's
 * edits as activity are written with the updates themselves: recordClientActivityOf.)
 */
export function createProgressRecorder(accounts: Accounts): (event: StoredUpdatesEvent) => Promise<void> {
  // The hand-in last written per live document (the relay's room documents): most stored batches are answers,
  // and only a room's first batch or a changed hand-in needs the database (this recorder is its only writer).
  const written = new WeakMap<Y.Doc, string | null>();
  return async ({ worksheetId, provenance, doc }) => {
    // The document is read before any wait: the room may change or unload it meanwhile.
    const meta = doc.getMap('meta').get('handedInAt');
    const handedInAt = typeof meta === 'string' && meta ? meta : null;
    if (written.has(doc) && written.get(doc) === handedInAt) return;
    written.set(doc, handedInAt);
    const worksheet = await accounts.worksheets.get(worksheetId);
    if (!worksheet) return;
    if (!(await accounts.worksheets.setHandedInAt(worksheetId, handedInAt)) || handedInAt === null) return;
    // The hand-in is written on the client's device (offline too); this is when it reached the server.
    await accounts.audit.record({
      action: 'worksheet-handed-in',
      practiceId: (await accounts.users.get(worksheet.therapistId))?.practiceId ?? null,
      actorUserId: provenance.role === 'client' ? provenance.userId : null,
      subjectUserId: worksheet.clientId,
      worksheetId,
      details: { handedInAt },
    });
  };
}

const RECORD_ACTIVITY =
  'UPDATE worksheets SET started_at = COALESCE(started_at, ?), last_client_activity_at = ? WHERE id = ?';

/**
 * A client's first stored edit starts the worksheet and every client edit is activity. Run inside the document
 * store's batch transaction (SqliteDocumentStore's `withEachBatch`), so it costs no fsync of its own; one
 * prepared statement, as it runs for every batch.
 */
export function recordClientActivityOf(db: SqliteDatabase): (writes: readonly DocumentWrite[]) => void {
  const update = db.prepare<[number, number, string]>(RECORD_ACTIVITY);
  return (writes) => {
    for (const [worksheetId, at] of latestClientActivity(writes)) update.run(at, at, worksheetId);
  };
}

/**
 * The same rows through the SQL port, for a store whose batch hook is asynchronous (PostgresDocumentStore's
 * `withEachBatch`): inside the batch's transaction `tx`, so activity commits exactly with the updates. Rows are
 * locked in worksheet id order, so two instances' batches touching the same worksheets cannot deadlock. On
 * Postgres one statement whatever the batch holds (a statement per worksheet cost a round trip each: with ten
 * worksheets in a batch, 1.3 ms more per batch); on SQLite, where a statement costs no round trip, one each.
 */
export async function recordClientActivityIn(
  tx: SqlExecutor,
  writes: readonly DocumentWrite[],
  dialect: SqlDialect,
): Promise<void> {
  const latest = [...latestClientActivity(writes)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (latest.length === 0) return;
  if (dialect === 'sqlite') {
    for (const [worksheetId, at] of latest) await tx.run(RECORD_ACTIVITY, [at, at, worksheetId]);
    return;
  }
  // The locking CTE has a row mark, so Postgres runs it as written (never folded into the UPDATE): rows are
  // locked in its ORDER BY as the UPDATE reads them.
  await tx.run(
    `WITH activity (id, at) AS (SELECT * FROM unnest(?::text[], ?::bigint[])),
     locked AS (SELECT w.id FROM worksheets w JOIN activity a ON a.id = w.id ORDER BY w.id FOR UPDATE OF w)
     UPDATE worksheets AS w
        SET started_at = COALESCE(w.started_at, a.at), last_client_activity_at = a.at
       FROM activity a JOIN locked l ON l.id = a.id
      WHERE w.id = a.id`,
    [latest.map(([worksheetId]) => worksheetId), latest.map(([, at]) => at)],
  );
}

/** The latest client write per worksheet in a batch: therapists' and the server's writes are not activity. */
function latestClientActivity(writes: readonly DocumentWrite[]): Map<string, number> {
  const latestByWorksheet = new Map<string, number>();
  for (const { documentId, provenance } of writes) {
    if (provenance.role !== 'client') continue;
    latestByWorksheet.set(
      documentId,
      Math.max(latestByWorksheet.get(documentId) ?? 0, provenance.receivedAt),
    );
  }
  return latestByWorksheet;
}

import type { SqlDatabase, SqlDialect, SqlExecutor } from '../database/sql-database.js';

/** What the server keeps of one comment (the text stays in the document). */
export interface CommentRow {
  commentId: string;
  threadId: string;
  authorId: string;
  /** The writer's device time, ISO. */
  createdAt: string;
  deletedAt: string | null;
  /** The server's clock when the comment first reached storage (ms). */
  storedAt: number;
}

interface Row {
  comment_id: string;
  thread_id: string;
  author_id: string;
  created_at: string;
  deleted_at: string | null;
  stored_at: number;
}

/** The worksheet ids of a JSON array parameter, as a subquery each engine understands. */
const idsFromJson: Record<SqlDialect, string> = {
  sqlite: 'SELECT value FROM json_each(?)',
  postgres: 'SELECT jsonb_array_elements_text(?::jsonb)',
};

/**
 * The comment rows of worksheets and each person's seen mark; the counts of new comments read both.
 * On the SQL port; `in(tx)` is the same store inside a caller's transaction.
 */
export class WorksheetCommentStore {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly dialect: SqlDialect,
    /** One transaction for a multi-statement write: the database's own, or the caller's `tx`. */
    private readonly atomically: <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>,
  ) {}

  static on(sql: SqlDatabase): WorksheetCommentStore {
    return new WorksheetCommentStore(sql, sql.dialect, (work) => sql.transaction(work));
  }

  in(tx: SqlExecutor): WorksheetCommentStore {
    return new WorksheetCommentStore(tx, this.dialect, (work) => work(tx));
  }

  /**
   * Inserts or updates rows, in one transaction; a row keeps the `stored_at` of its first arrival. Only
   * `deleted_at` can change: the relay's rules keep id, thread, author and creation time as first written
   * (docs/comments.md C5). A worksheet deleted meanwhile gets no rows: returns false.
   */
  async upsert(
    worksheetId: string,
    rows: readonly Omit<CommentRow, 'storedAt'>[],
    storedAt: number,
  ): Promise<boolean> {
    return this.atomically(async (tx) => {
      if (!(await tx.one('SELECT 1 AS present FROM worksheets WHERE id = ?', [worksheetId]))) return false;
      for (const row of rows) {
        await tx.run(
          `INSERT INTO worksheet_comments
             (worksheet_id, comment_id, thread_id, author_id, created_at, deleted_at, stored_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (worksheet_id, comment_id) DO UPDATE SET deleted_at = excluded.deleted_at
           WHERE worksheet_comments.deleted_at IS DISTINCT FROM excluded.deleted_at`,
          [worksheetId, row.commentId, row.threadId, row.authorId, row.createdAt, row.deletedAt, storedAt],
        );
      }
      return true;
    });
  }

  async list(worksheetId: string): Promise<CommentRow[]> {
    const rows = await this.sql.query<Row>(
      `SELECT comment_id, thread_id, author_id, created_at, deleted_at, stored_at FROM worksheet_comments
       WHERE worksheet_id = ? ORDER BY stored_at, comment_id`,
      [worksheetId],
    );
    return rows.map((row) => ({
      commentId: row.comment_id,
      threadId: row.thread_id,
      authorId: row.author_id,
      createdAt: row.created_at,
      deletedAt: row.deleted_at,
      storedAt: row.stored_at,
    }));
  }

  /** Everything stored up to `seenAt` counts as seen by `userId` (the mark never moves back). */
  async markSeen(worksheetId: string, userId: string, seenAt: number): Promise<void> {
    await this.sql.run(
      `INSERT INTO worksheet_comments_seen (worksheet_id, user_id, seen_at) VALUES (?, ?, ?)
       ON CONFLICT (worksheet_id, user_id) DO UPDATE SET seen_at = excluded.seen_at
       WHERE excluded.seen_at > worksheet_comments_seen.seen_at`,
      [worksheetId, userId, seenAt],
    );
  }

  /** How many comments on one worksheet are new to `viewerId` (see `newCommentCounts`). */
  async newCommentsOn(viewerId: string, worksheetId: string): Promise<number> {
    return (await this.newCommentCounts(viewerId, [worksheetId])).get(worksheetId) ?? 0;
  }

  /**
   * For each of `worksheetIds`, how many comments are new to `viewerId`: written by someone else, not deleted,
   * stored after the viewer's seen mark (all of them when there is none). Worksheets with none are left out.
   * One query however many worksheets (the ids travel as one JSON parameter).
   */
  async newCommentCounts(viewerId: string, worksheetIds: readonly string[]): Promise<Map<string, number>> {
    if (worksheetIds.length === 0) return new Map();
    const rows = await this.sql.query<{ worksheet_id: string; count: number }>(
      `SELECT c.worksheet_id, count(*) AS count
       FROM worksheet_comments c
       LEFT JOIN worksheet_comments_seen s ON s.worksheet_id = c.worksheet_id AND s.user_id = ?
       WHERE c.worksheet_id IN (${idsFromJson[this.dialect]})
         AND c.author_id <> ?
         AND c.deleted_at IS NULL
         AND c.stored_at > coalesce(s.seen_at, -1)
       GROUP BY c.worksheet_id`,
      [viewerId, JSON.stringify(worksheetIds), viewerId],
    );
    return new Map(rows.map((row) => [row.worksheet_id, row.count]));
  }
}

import type { SqliteDatabase } from '../database/open-database.js';

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

/** The comment rows of worksheets and each person's seen mark; the counts of new comments read both. */
export class WorksheetCommentStore {
  constructor(private readonly db: SqliteDatabase) {}

  /** Whether the worksheet still has its row (same database): a deleted one gets no comment rows. */
  hasWorksheet(worksheetId: string): boolean {
    return this.db.prepare('SELECT 1 FROM worksheets WHERE id = ?').get(worksheetId) !== undefined;
  }

  /**
   * Inserts or updates rows; a row keeps the `stored_at` of its first arrival. Only `deleted_at` can change:
   * the relay's rules keep id, thread, author and creation time as first written (docs/comments.md C5).
   */
  upsert(worksheetId: string, rows: readonly Omit<CommentRow, 'storedAt'>[], storedAt: number): void {
    const statement = this.db.prepare(
      `INSERT INTO worksheet_comments
         (worksheet_id, comment_id, thread_id, author_id, created_at, deleted_at, stored_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (worksheet_id, comment_id) DO UPDATE SET deleted_at = excluded.deleted_at
       WHERE deleted_at IS NOT excluded.deleted_at`,
    );
    this.db.transaction(() => {
      for (const row of rows) {
        statement.run(
          worksheetId,
          row.commentId,
          row.threadId,
          row.authorId,
          row.createdAt,
          row.deletedAt,
          storedAt,
        );
      }
    })();
  }

  list(worksheetId: string): CommentRow[] {
    const rows = this.db
      .prepare('SELECT * FROM worksheet_comments WHERE worksheet_id = ? ORDER BY stored_at, comment_id')
      .all(worksheetId) as Row[];
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
  markSeen(worksheetId: string, userId: string, seenAt: number): void {
    this.db
      .prepare(
        `INSERT INTO worksheet_comments_seen (worksheet_id, user_id, seen_at) VALUES (?, ?, ?)
         ON CONFLICT (worksheet_id, user_id) DO UPDATE SET seen_at = max(seen_at, excluded.seen_at)`,
      )
      .run(worksheetId, userId, seenAt);
  }

  /** How many comments on one worksheet are new to `viewerId` (see `newCommentCounts`). */
  newCommentsOn(viewerId: string, worksheetId: string): number {
    return this.newCommentCounts(viewerId, [worksheetId]).get(worksheetId) ?? 0;
  }

  /**
   * For each of `worksheetIds`, how many comments are new to `viewerId`: written by someone else, not deleted,
   * stored after the viewer's seen mark (all of them when there is none). Worksheets with none are left out.
   * One query however many worksheets.
   */
  newCommentCounts(viewerId: string, worksheetIds: readonly string[]): Map<string, number> {
    if (worksheetIds.length === 0) return new Map();
    const rows = this.db
      .prepare(
        `SELECT c.worksheet_id AS worksheetId, count(*) AS count
         FROM worksheet_comments c
         LEFT JOIN worksheet_comments_seen s ON s.worksheet_id = c.worksheet_id AND s.user_id = @viewerId
         WHERE c.worksheet_id IN (SELECT value FROM json_each(@worksheetIds))
           AND c.author_id <> @viewerId
           AND c.deleted_at IS NULL
           AND c.stored_at > coalesce(s.seen_at, -1)
         GROUP BY c.worksheet_id`,
      )
      .all({ viewerId, worksheetIds: JSON.stringify(worksheetIds) }) as {
      worksheetId: string;
      count: number;
    }[];
    return new Map(rows.map((row) => [row.worksheetId, row.count]));
  }
}

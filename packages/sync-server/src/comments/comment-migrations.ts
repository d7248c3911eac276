import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

/** What the server keeps about each worksheet's comments, and how far each person has seen them (docs/comments.md). */
export const commentMigrations: Migration[] = [
  {
    // One row per comment in a worksheet's document, kept by the comment-rows listener. `stored_at` is the
    // server's clock when the comment first reached storage: "new" is judged by it, never by the device's
    // `created_at`, so a comment written offline days ago is still new to the other person when it arrives.
    id: 'comments-001-rows-and-seen',
    up(db) {
      db.exec(`
        CREATE TABLE worksheet_comments (
          worksheet_id TEXT NOT NULL REFERENCES worksheets(id) ON DELETE CASCADE,
          comment_id TEXT NOT NULL,
          thread_id TEXT NOT NULL,
          author_id TEXT NOT NULL,
          created_at TEXT NOT NULL,
          deleted_at TEXT,
          stored_at INTEGER NOT NULL,
          PRIMARY KEY (worksheet_id, comment_id)
        ) WITHOUT ROWID;
        -- The seen mark: comments stored after it, by someone else, are new to this person.
        CREATE TABLE worksheet_comments_seen (
          worksheet_id TEXT NOT NULL REFERENCES worksheets(id) ON DELETE CASCADE,
          user_id TEXT NOT NULL REFERENCES users(id),
          seen_at INTEGER NOT NULL,
          PRIMARY KEY (worksheet_id, user_id)
        ) WITHOUT ROWID;
      `);
    },
  },
];

/** The same tables on Postgres, after postgresPeopleMigrations and postgresWorksheetMigrations (they reference both). */
export const postgresCommentMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'comments-001-rows-and-seen',
    `
    CREATE TABLE worksheet_comments (
      worksheet_id TEXT NOT NULL REFERENCES worksheets(id) ON DELETE CASCADE,
      comment_id TEXT NOT NULL,
      thread_id TEXT NOT NULL,
      author_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      deleted_at TEXT,
      stored_at BIGINT NOT NULL,
      PRIMARY KEY (worksheet_id, comment_id)
    );
    -- The seen mark: comments stored after it, by someone else, are new to this person.
    CREATE TABLE worksheet_comments_seen (
      worksheet_id TEXT NOT NULL REFERENCES worksheets(id) ON DELETE CASCADE,
      user_id TEXT NOT NULL REFERENCES users(id),
      seen_at BIGINT NOT NULL,
      PRIMARY KEY (worksheet_id, user_id)
    );
    `,
  ),
];

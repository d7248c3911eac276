import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

/** The document store's tables, wired into the server's migration list in server.ts. */
export const storageMigrations: readonly Migration[] = [
  {
    id: 'documents-001-update-log-and-provenance',
    up(db) {
      db.exec(`
        CREATE TABLE document_updates (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          document_id TEXT NOT NULL,
          data BLOB NOT NULL,
          -- NULL on a folded state row written by compaction.
          user_id TEXT,
          role TEXT,
          received_at INTEGER NOT NULL,
          -- How many updates a folded state row replaced; 0 for an update as received.
          folded_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX document_updates_by_document ON document_updates (document_id, seq);
        CREATE TABLE document_provenance (
          document_id TEXT NOT NULL,
          user_id TEXT NOT NULL,
          role TEXT NOT NULL,
          first_received_at INTEGER NOT NULL,
          last_received_at INTEGER NOT NULL,
          update_count INTEGER NOT NULL,
          PRIMARY KEY (document_id, user_id, role)
        );
      `);
    },
  },
  {
    id: 'documents-002-refused-updates',
    up(db) {
      db.exec(`
        CREATE TABLE refused_updates (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          document_id TEXT NOT NULL,
          data BLOB NOT NULL,
          user_id TEXT NOT NULL,
          role TEXT NOT NULL,
          received_at INTEGER NOT NULL,
          reason TEXT NOT NULL
        );
        CREATE INDEX refused_updates_by_document ON refused_updates (document_id, seq);
      `);
    },
  },
  {
    // A server repair of a forbidden change (docs/relay.md R23) names the user whose update it repairs.
    id: 'documents-003-repair-of',
    up(db) {
      db.exec('ALTER TABLE document_updates ADD COLUMN repair_of TEXT');
    },
  },
];

/**
 * The same tables on Postgres (PostgresDocumentStore), one migration for what SQLite reached in three.
 * BIGINT times are milliseconds; seq orders a document's log (values commit out of order across
 * transactions, which Yjs does not mind: updates commute).
 */
export const postgresStorageMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'documents-001-update-log-provenance-refused',
    `
    CREATE TABLE document_updates (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL,
      data BYTEA NOT NULL,
      -- NULL on a folded state row written by compaction.
      user_id TEXT,
      role TEXT,
      received_at BIGINT NOT NULL,
      -- How many updates a folded state row replaced; 0 for an update as received.
      folded_count INTEGER NOT NULL DEFAULT 0,
      repair_of TEXT
    );
    CREATE INDEX document_updates_by_document ON document_updates (document_id, seq);
    CREATE TABLE document_provenance (
      document_id TEXT NOT NULL,
      user_id TEXT NOT NULL,
      role TEXT NOT NULL,
      first_received_at BIGINT NOT NULL,
      last_received_at BIGINT NOT NULL,
      update_count BIGINT NOT NULL,
      PRIMARY KEY (document_id, user_id, role)
    );
    CREATE TABLE refused_updates (
      seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      document_id TEXT NOT NULL,
      data BYTEA NOT NULL,
      user_id TEXT NOT NULL,
      role TEXT NOT NULL,
      received_at BIGINT NOT NULL,
      reason TEXT NOT NULL
    );
    CREATE INDEX refused_updates_by_document ON refused_updates (document_id, seq);
    `,
  ),
];

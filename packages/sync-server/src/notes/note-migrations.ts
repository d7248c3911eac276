import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

/** A therapist's private notes: SQL only, never in the shared worksheet document. */
export const noteMigrations: Migration[] = [
  {
    id: 'notes-001-private-notes',
    up(db) {
      db.exec(`
        CREATE TABLE private_notes (
          id TEXT PRIMARY KEY,
          therapist_id TEXT NOT NULL,
          client_id TEXT NOT NULL,
          -- null: about the client in general; else about one of their worksheets
          worksheet_id TEXT,
          body TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL
        );
        CREATE INDEX private_notes_client ON private_notes (client_id, created_at);
      `);
    },
  },
];

/** The same table on Postgres; `seq` stands in for SQLite's rowid, ordering notes written in the same millisecond. */
export const postgresNoteMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'notes-001-private-notes',
    `
    CREATE TABLE private_notes (
      id TEXT PRIMARY KEY,
      seq BIGINT GENERATED ALWAYS AS IDENTITY,
      therapist_id TEXT NOT NULL,
      client_id TEXT NOT NULL,
      -- null: about the client in general; else about one of their worksheets
      worksheet_id TEXT,
      body TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL
    );
    CREATE INDEX private_notes_client ON private_notes (client_id, created_at);
    `,
  ),
];

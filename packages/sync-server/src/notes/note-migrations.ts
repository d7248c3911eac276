import type { Migration } from '../database/open-database.js';

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

import type { Migration } from '../database/open-database.js';

/** The audit log: who did what, when, from where. Never document content. */
export const auditMigrations: Migration[] = [
  {
    id: 'audit-001-create',
    up(db) {
      db.exec(`
        CREATE TABLE audit_events (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          -- null when no practice can be named (a failed sign-in with an unknown email)
          practice_id TEXT,
          occurred_at INTEGER NOT NULL,
          action TEXT NOT NULL,
          actor_user_id TEXT,
          subject_user_id TEXT,
          worksheet_id TEXT,
          address TEXT,
          details TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX audit_events_by_practice ON audit_events(practice_id, occurred_at);
      `);
    },
  },
];

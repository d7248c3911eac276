import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

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

/** The audit log on Postgres (times are BIGINT milliseconds; details stay JSON text, as on SQLite). */
export const postgresAuditMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'audit-001-create',
    `
    CREATE TABLE audit_events (
      id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      -- null when no practice can be named (a failed sign-in with an unknown email)
      practice_id TEXT,
      occurred_at BIGINT NOT NULL,
      action TEXT NOT NULL,
      actor_user_id TEXT,
      subject_user_id TEXT,
      worksheet_id TEXT,
      address TEXT,
      details TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX audit_events_by_practice ON audit_events(practice_id, occurred_at);
    `,
  ),
];

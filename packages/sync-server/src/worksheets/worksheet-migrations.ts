import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

/** Columns added to the worksheets row after it was created (in people-migrations, whose id is recorded). */
export const worksheetMigrations: Migration[] = [
  {
    // A draft is assigned but not yet sent: only the therapist sees it. Worksheets assigned before drafts
    // existed were visible to their client at once, so they count as sent when they were assigned.
    id: 'worksheets-001-sent-at',
    up(db) {
      db.exec(`
        ALTER TABLE worksheets ADD COLUMN sent_at INTEGER;
        UPDATE worksheets SET sent_at = assigned_at;
      `);
    },
  },
  {
    // The therapist's note to the client, plain text shown under the worksheet in their list.
    id: 'worksheets-002-note',
    up(db) {
      db.exec('ALTER TABLE worksheets ADD COLUMN note TEXT');
    },
  },
  {
    // A repeating assignment: the rule and what each occurrence is made from. `last_index` is the highest
    // occurrence created or skipped, so deleting an occurrence never brings it back; `skipped_indexes`
    // (JSON) records occurrences not created because the server was down past their day.
    id: 'worksheets-003-series',
    up(db) {
      db.exec(`
        CREATE TABLE worksheet_series (
          id TEXT PRIMARY KEY,
          client_id TEXT NOT NULL,
          therapist_id TEXT NOT NULL,
          template_id TEXT NOT NULL,
          title TEXT,
          content TEXT,
          note TEXT,
          every_days INTEGER NOT NULL CHECK (every_days BETWEEN 1 AND 30),
          count INTEGER CHECK (count BETWEEN 2 AND 52),
          until_day TEXT,
          due_after_days INTEGER,
          first_day TEXT NOT NULL,
          last_index INTEGER NOT NULL DEFAULT 0,
          skipped_indexes TEXT NOT NULL DEFAULT '[]',
          created_at INTEGER NOT NULL,
          ended_at INTEGER,
          ended_reason TEXT,
          CHECK ((count IS NULL) <> (until_day IS NULL))
        );
        CREATE INDEX worksheet_series_open ON worksheet_series (ended_at);
        ALTER TABLE worksheets ADD COLUMN series_id TEXT;
        ALTER TABLE worksheets ADD COLUMN series_index INTEGER;
        CREATE UNIQUE INDEX worksheets_series_occurrence ON worksheets (series_id, series_index);
      `);
    },
  },
  {
    // Repairs of forbidden changes (docs/relay.md R23), so the therapist can see that one happened.
    id: 'worksheets-004-repairs',
    up(db) {
      db.exec(`
        ALTER TABLE worksheets ADD COLUMN repair_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE worksheets ADD COLUMN last_repaired_at INTEGER;
      `);
    },
  },
];

/**
 * The worksheets' rows on Postgres, as the SQLite migrations (people, measures, worksheets) leave them;
 * after postgresPeopleMigrations (it references users). The repeating assignments' table follows it.
 */
export const postgresWorksheetMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'worksheets-001-rows',
    `
    CREATE TABLE worksheets (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL REFERENCES users(id),
      therapist_id TEXT NOT NULL REFERENCES users(id),
      title TEXT NOT NULL,
      kind TEXT NOT NULL,
      template_id TEXT NOT NULL,
      template_version INTEGER NOT NULL,
      due_date TEXT,
      note TEXT,
      assigned_at BIGINT NOT NULL,
      -- null while a draft only the therapist sees
      sent_at BIGINT,
      started_at BIGINT,
      handed_in_at TEXT,
      reviewed_at BIGINT,
      last_client_activity_at BIGINT,
      measure_id TEXT,
      measure_version INTEGER,
      -- null until every scored item is answered
      measure_total INTEGER,
      measure_severity TEXT,
      measure_answered INTEGER,
      -- JSON array of {id, level, message}
      measure_flags TEXT,
      measure_scored_at BIGINT,
      -- set once, the first time a safety flag is raised (the audit entry is written then)
      measure_flag_raised_at BIGINT,
      series_id TEXT,
      series_index INTEGER,
      repair_count INTEGER NOT NULL DEFAULT 0,
      last_repaired_at BIGINT
    );
    CREATE INDEX worksheets_by_client ON worksheets(client_id);
    CREATE INDEX worksheets_by_therapist ON worksheets(therapist_id);
    CREATE UNIQUE INDEX worksheets_series_occurrence ON worksheets (series_id, series_index);
    `,
  ),
  sqlMigration(
    // As worksheets-003-series on SQLite (the worksheets' series columns are in worksheets-001-rows here).
    'worksheets-002-series',
    `
    CREATE TABLE worksheet_series (
      id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL,
      therapist_id TEXT NOT NULL,
      template_id TEXT NOT NULL,
      title TEXT,
      -- JSON of a tailored copy of the template (null: the template itself)
      content TEXT,
      note TEXT,
      every_days INTEGER NOT NULL CHECK (every_days BETWEEN 1 AND 30),
      count INTEGER CHECK (count BETWEEN 2 AND 52),
      until_day TEXT,
      due_after_days INTEGER,
      first_day TEXT NOT NULL,
      -- the highest occurrence created or skipped; skipped_indexes is a JSON array of those skipped
      last_index INTEGER NOT NULL DEFAULT 0,
      skipped_indexes TEXT NOT NULL DEFAULT '[]',
      created_at BIGINT NOT NULL,
      ended_at BIGINT,
      ended_reason TEXT,
      CHECK ((count IS NULL) <> (until_day IS NULL))
    );
    CREATE INDEX worksheet_series_open ON worksheet_series (ended_at);
    `,
  ),
];

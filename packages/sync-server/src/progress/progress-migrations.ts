import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

/**
 * Responses derived from each worksheet document (never edited directly: rebuilt from the documents),
 * and what the therapist reviewed. Every derived row can be thrown away and derived again.
 */
export const progressMigrations: Migration[] = [
  {
    id: 'progress-001-derived-responses',
    up(db) {
      db.exec(`
        -- one row per worksheet: completion and the measure's score as of the latest derivation
        CREATE TABLE derived_worksheets (
          worksheet_id TEXT PRIMARY KEY,
          -- the client's own hand-in time as written into the document (null: not handed in)
          handed_in_at TEXT,
          required_answered INTEGER NOT NULL,
          required_total INTEGER NOT NULL,
          completion REAL NOT NULL,
          answered_count INTEGER NOT NULL,
          entry_count INTEGER NOT NULL,
          measure_id TEXT,
          measure_total INTEGER,
          measure_severity TEXT
        );
        -- every answerable node: answers, scale values with their metric keys, choices, goals and steps,
        -- and the fields of log entries (entry_id set)
        CREATE TABLE derived_responses (
          worksheet_id TEXT NOT NULL,
          position INTEGER NOT NULL,
          node_id TEXT NOT NULL,
          kind TEXT NOT NULL,
          label TEXT NOT NULL,
          metric_key TEXT,
          -- the goal a step belongs to
          parent_node_id TEXT,
          entry_id TEXT,
          -- the day the client gave the entry (YYYY-MM-DD), not when the server received it
          entry_date TEXT,
          measure_item_id TEXT,
          -- JSON of the value (null: not answered); number repeats it when it is a number, for charts
          value TEXT,
          number REAL,
          -- the answer as a person reads it: a choice's option label, a checklist's ticked item labels
          display TEXT,
          PRIMARY KEY (worksheet_id, position)
        );
        CREATE INDEX derived_responses_metric ON derived_responses (metric_key) WHERE metric_key IS NOT NULL;
        CREATE TABLE derived_entries (
          worksheet_id TEXT NOT NULL,
          position INTEGER NOT NULL,
          group_node_id TEXT NOT NULL,
          group_label TEXT NOT NULL,
          entry_id TEXT NOT NULL,
          entry_date TEXT,
          PRIMARY KEY (worksheet_id, position)
        );
      `);
    },
  },
];

/** The same tables on Postgres (REAL becomes DOUBLE PRECISION: Postgres's REAL is single precision). */
export const postgresProgressMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'progress-001-derived-responses',
    `
    -- one row per worksheet: completion and the measure's score as of the latest derivation
    CREATE TABLE derived_worksheets (
      worksheet_id TEXT PRIMARY KEY,
      -- the client's own hand-in time as written into the document (null: not handed in)
      handed_in_at TEXT,
      required_answered INTEGER NOT NULL,
      required_total INTEGER NOT NULL,
      completion DOUBLE PRECISION NOT NULL,
      answered_count INTEGER NOT NULL,
      entry_count INTEGER NOT NULL,
      measure_id TEXT,
      measure_total INTEGER,
      measure_severity TEXT
    );
    -- every answerable node: answers, scale values with their metric keys, choices, goals and steps,
    -- and the fields of log entries (entry_id set)
    CREATE TABLE derived_responses (
      worksheet_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      node_id TEXT NOT NULL,
      kind TEXT NOT NULL,
      label TEXT NOT NULL,
      metric_key TEXT,
      -- the goal a step belongs to
      parent_node_id TEXT,
      entry_id TEXT,
      -- the day the client gave the entry (YYYY-MM-DD), not when the server received it
      entry_date TEXT,
      measure_item_id TEXT,
      -- JSON of the value (null: not answered); number repeats it when it is a number, for charts
      value TEXT,
      number DOUBLE PRECISION,
      -- the answer as a person reads it: a choice's option label, a checklist's ticked item labels
      display TEXT,
      PRIMARY KEY (worksheet_id, position)
    );
    CREATE INDEX derived_responses_metric ON derived_responses (metric_key) WHERE metric_key IS NOT NULL;
    CREATE TABLE derived_entries (
      worksheet_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      group_node_id TEXT NOT NULL,
      group_label TEXT NOT NULL,
      entry_id TEXT NOT NULL,
      entry_date TEXT,
      PRIMARY KEY (worksheet_id, position)
    );
    `,
  ),
];

/** A safety flag acknowledged by the therapist (its own action, before or after hand-in), with their note. */
export const flagAcknowledgementMigrations: Migration[] = [
  {
    id: 'progress-002-flag-acknowledgements',
    up(db) {
      db.exec(`
        CREATE TABLE flag_acknowledgements (
          id TEXT PRIMARY KEY,
          worksheet_id TEXT NOT NULL,
          therapist_id TEXT NOT NULL,
          -- the flag this acknowledges (worksheets.measure_flag_raised_at when acknowledged)
          flag_raised_at INTEGER NOT NULL,
          acknowledged_at INTEGER NOT NULL,
          -- private to the therapist, like a private note: never in the audit log or to the client
          note TEXT NOT NULL
        );
        CREATE INDEX flag_acknowledgements_worksheet ON flag_acknowledgements (worksheet_id, acknowledged_at);
      `);
    },
  },
];

/** The same table on Postgres; `seq` stands in for SQLite's rowid, ordering acknowledgements made in one millisecond. */
export const postgresFlagAcknowledgementMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'progress-002-flag-acknowledgements',
    `
    CREATE TABLE flag_acknowledgements (
      id TEXT PRIMARY KEY,
      seq BIGINT GENERATED ALWAYS AS IDENTITY,
      worksheet_id TEXT NOT NULL,
      therapist_id TEXT NOT NULL,
      -- the flag this acknowledges (worksheets.measure_flag_raised_at when acknowledged)
      flag_raised_at BIGINT NOT NULL,
      acknowledged_at BIGINT NOT NULL,
      -- private to the therapist, like a private note: never in the audit log or to the client
      note TEXT NOT NULL
    );
    CREATE INDEX flag_acknowledgements_worksheet ON flag_acknowledgements (worksheet_id, acknowledged_at);
    `,
  ),
];

/** The derived responses as they were at each review: "what changed since you last reviewed" compares with them. */
export const reviewSnapshotMigrations: Migration[] = [
  {
    id: 'progress-003-review-snapshots',
    up(db) {
      db.exec(`
        CREATE TABLE review_snapshots (
          worksheet_id TEXT NOT NULL,
          reviewed_at INTEGER NOT NULL,
          -- JSON of the worksheet's derived responses and entries at the review
          snapshot TEXT NOT NULL,
          PRIMARY KEY (worksheet_id, reviewed_at)
        );
      `);
    },
  },
];

/** The same table on Postgres. */
export const postgresReviewSnapshotMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'progress-003-review-snapshots',
    `
    CREATE TABLE review_snapshots (
      worksheet_id TEXT NOT NULL,
      reviewed_at BIGINT NOT NULL,
      -- JSON of the worksheet's derived responses and entries at the review
      snapshot TEXT NOT NULL,
      PRIMARY KEY (worksheet_id, reviewed_at)
    );
    `,
  ),
];

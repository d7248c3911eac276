import type { Migration } from '../database/open-database.js';

/**
 * Columns for a scored measure's result on its worksheet's row (the id keeps its first name: databases record it).
 * On Postgres they are part of the worksheets table itself (postgresWorksheetMigrations): no migration of their own.
 */
export const measureMigrations: Migration[] = [
  {
    // The scored result of a measure worksheet, derived by the server from the stored document.
    id: 'accounts-002-measure-results',
    up(db) {
      db.exec(`
        ALTER TABLE worksheets ADD COLUMN measure_id TEXT;
        ALTER TABLE worksheets ADD COLUMN measure_version INTEGER;
        -- null until every scored item is answered
        ALTER TABLE worksheets ADD COLUMN measure_total INTEGER;
        ALTER TABLE worksheets ADD COLUMN measure_severity TEXT;
        ALTER TABLE worksheets ADD COLUMN measure_answered INTEGER;
        -- JSON array of {id, level, message}
        ALTER TABLE worksheets ADD COLUMN measure_flags TEXT;
        ALTER TABLE worksheets ADD COLUMN measure_scored_at INTEGER;
        -- set once, the first time a safety flag is raised (the audit entry is written then)
        ALTER TABLE worksheets ADD COLUMN measure_flag_raised_at INTEGER;
      `);
    },
  },
];

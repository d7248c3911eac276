import type { Migration } from '../database/open-database.js';

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
];

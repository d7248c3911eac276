import type { SqliteDatabase } from '../database/open-database.js';
import type { DerivedWorksheet } from './derived-worksheet.js';

export interface ReviewSnapshot {
  reviewedAt: number;
  derived: DerivedWorksheet;
}

/** The derived responses kept at each review of a worksheet. */
export class ReviewSnapshotStore {
  constructor(private readonly db: SqliteDatabase) {}

  keep(worksheetId: string, reviewedAt: number, derived: DerivedWorksheet): void {
    this.db
      .prepare(
        'INSERT OR REPLACE INTO review_snapshots (worksheet_id, reviewed_at, snapshot) VALUES (?, ?, ?)',
      )
      .run(worksheetId, reviewedAt, JSON.stringify(derived));
  }

  latest(worksheetId: string): ReviewSnapshot | undefined {
    const row = this.db
      .prepare(
        'SELECT reviewed_at, snapshot FROM review_snapshots WHERE worksheet_id = ? ORDER BY reviewed_at DESC LIMIT 1',
      )
      .get(worksheetId) as { reviewed_at: number; snapshot: string } | undefined;
    return row && { reviewedAt: row.reviewed_at, derived: JSON.parse(row.snapshot) as DerivedWorksheet };
  }

  deleteForWorksheet(worksheetId: string): void {
    this.db.prepare('DELETE FROM review_snapshots WHERE worksheet_id = ?').run(worksheetId);
  }
}

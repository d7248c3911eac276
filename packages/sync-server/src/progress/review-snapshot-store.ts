import type { SqlExecutor } from '../database/sql-database.js';
import type { DerivedWorksheet } from './derived-worksheet.js';

export interface ReviewSnapshot {
  reviewedAt: number;
  derived: DerivedWorksheet;
}

/**
 * The derived responses kept at each review of a worksheet. On the SQL port; `in(tx)` keeps the snapshot
 * inside the transaction that marks the worksheet reviewed.
 */
export class ReviewSnapshotStore {
  constructor(private readonly sql: SqlExecutor) {}

  in(tx: SqlExecutor): ReviewSnapshotStore {
    return new ReviewSnapshotStore(tx);
  }

  /** A second review in the same millisecond replaces the first's snapshot. */
  async keep(worksheetId: string, reviewedAt: number, derived: DerivedWorksheet): Promise<void> {
    await this.sql.run(
      `INSERT INTO review_snapshots (worksheet_id, reviewed_at, snapshot) VALUES (?, ?, ?)
       ON CONFLICT (worksheet_id, reviewed_at) DO UPDATE SET snapshot = excluded.snapshot`,
      [worksheetId, reviewedAt, JSON.stringify(derived)],
    );
  }

  async latest(worksheetId: string): Promise<ReviewSnapshot | undefined> {
    const row = await this.sql.one<{ reviewed_at: number; snapshot: string }>(
      'SELECT reviewed_at, snapshot FROM review_snapshots WHERE worksheet_id = ? ORDER BY reviewed_at DESC LIMIT 1',
      [worksheetId],
    );
    return row && { reviewedAt: row.reviewed_at, derived: JSON.parse(row.snapshot) as DerivedWorksheet };
  }

  async deleteForWorksheet(worksheetId: string): Promise<void> {
    await this.sql.run('DELETE FROM review_snapshots WHERE worksheet_id = ?', [worksheetId]);
  }
}

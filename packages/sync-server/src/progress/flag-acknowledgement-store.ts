import type { SqlDatabase, SqlDialect, SqlExecutor } from '../database/sql-database.js';
import { newId } from '../people/new-id.js';

export interface FlagAcknowledgement {
  id: string;
  worksheetId: string;
  therapistId: string;
  flagRaisedAt: number;
  acknowledgedAt: number;
  note: string;
}

interface Row {
  id: string;
  worksheet_id: string;
  therapist_id: string;
  flag_raised_at: number;
  acknowledged_at: number;
  note: string;
}

const toAcknowledgement = (row: Row): FlagAcknowledgement => ({
  id: row.id,
  worksheetId: row.worksheet_id,
  therapistId: row.therapist_id,
  flagRaisedAt: row.flag_raised_at,
  acknowledgedAt: row.acknowledged_at,
  note: row.note,
});

/**
 * Acknowledged safety flags: the dashboard shows a flag until one acknowledges it. On the SQL port;
 * `in(tx)` records inside the transaction that audits the acknowledgement.
 */
export class FlagAcknowledgementStore {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly dialect: SqlDialect,
  ) {}

  static on(sql: SqlDatabase): FlagAcknowledgementStore {
    return new FlagAcknowledgementStore(sql, sql.dialect);
  }

  in(tx: SqlExecutor): FlagAcknowledgementStore {
    return new FlagAcknowledgementStore(tx, this.dialect);
  }

  async record(input: Omit<FlagAcknowledgement, 'id'>): Promise<FlagAcknowledgement> {
    const acknowledgement = { id: newId(), ...input };
    await this.sql.run(
      `INSERT INTO flag_acknowledgements (id, worksheet_id, therapist_id, flag_raised_at, acknowledged_at, note)
       VALUES (?, ?, ?, ?, ?, ?)`,
      [
        acknowledgement.id,
        acknowledgement.worksheetId,
        acknowledgement.therapistId,
        acknowledgement.flagRaisedAt,
        acknowledgement.acknowledgedAt,
        acknowledgement.note,
      ],
    );
    return acknowledgement;
  }

  /** The latest acknowledgement of the worksheet's flag, if any (of two in one millisecond, the later written). */
  async latest(worksheetId: string): Promise<FlagAcknowledgement | undefined> {
    const insertionOrder = this.dialect === 'sqlite' ? 'rowid' : 'seq';
    const row = await this.sql.one<Row>(
      `SELECT * FROM flag_acknowledgements WHERE worksheet_id = ?
       ORDER BY acknowledged_at DESC, ${insertionOrder} DESC LIMIT 1`,
      [worksheetId],
    );
    return row && toAcknowledgement(row);
  }

  async deleteForWorksheet(worksheetId: string): Promise<void> {
    await this.sql.run('DELETE FROM flag_acknowledgements WHERE worksheet_id = ?', [worksheetId]);
  }
}

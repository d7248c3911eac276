import type { SqliteDatabase } from '../database/open-database.js';
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

/** Acknowledged safety flags: the dashboard shows a flag until one acknowledges it. */
export class FlagAcknowledgementStore {
  constructor(private readonly db: SqliteDatabase) {}

  record(input: Omit<FlagAcknowledgement, 'id'>): FlagAcknowledgement {
    const acknowledgement = { id: newId(), ...input };
    this.db
      .prepare(
        `INSERT INTO flag_acknowledgements (id, worksheet_id, therapist_id, flag_raised_at, acknowledged_at, note)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        acknowledgement.id,
        acknowledgement.worksheetId,
        acknowledgement.therapistId,
        acknowledgement.flagRaisedAt,
        acknowledgement.acknowledgedAt,
        acknowledgement.note,
      );
    return acknowledgement;
  }

  /** The latest acknowledgement of the worksheet's flag, if any. */
  latest(worksheetId: string): FlagAcknowledgement | undefined {
    const row = this.db
      .prepare(
        'SELECT * FROM flag_acknowledgements WHERE worksheet_id = ? ORDER BY acknowledged_at DESC, rowid DESC LIMIT 1',
      )
      .get(worksheetId) as Row | undefined;
    return row && toAcknowledgement(row);
  }

  deleteForWorksheet(worksheetId: string): void {
    this.db.prepare('DELETE FROM flag_acknowledgements WHERE worksheet_id = ?').run(worksheetId);
  }
}

import type { SqlExecutor } from '../database/sql-database.js';
import type { StoredMeasureFlag, StoredMeasureResult } from '../measures/measure-result.js';

/** One assigned worksheet as SQL knows it: who it belongs to and its progress. Content lives in the document. */
export interface WorksheetRecord {
  id: string;
  clientId: string;
  therapistId: string;
  title: string;
  kind: string;
  templateId: string;
  templateVersion: number;
  dueDate: string | null;
  /** The therapist's note to the client (plain text, at most 500 characters). */
  note: string | null;
  assignedAt: number;
  /** When the therapist sent it to the client; null while it is a draft only the therapist sees. */
  sentAt: number | null;
  startedAt: number | null;
  handedInAt: string | null;
  reviewedAt: number | null;
  lastClientActivityAt: number | null;
  /** Null for a worksheet that is not a scored measure, or one not scored yet. */
  measureResult: StoredMeasureResult | null;
  /** When a safety flag first appeared (audited once). */
  measureFlagRaisedAt: number | null;
  /** The repeating assignment this is an occurrence of, and which one (1 for the first); else null. */
  seriesId: string | null;
  seriesIndex: number | null;
  /** How many of the client's or therapist's updates the relay had to repair (docs/relay.md R23), and the last. */
  repairCount: number;
  lastRepairedAt: number | null;
}

interface WorksheetRow {
  id: string;
  client_id: string;
  therapist_id: string;
  title: string;
  kind: string;
  template_id: string;
  template_version: number;
  due_date: string | null;
  note: string | null;
  assigned_at: number;
  sent_at: number | null;
  started_at: number | null;
  handed_in_at: string | null;
  reviewed_at: number | null;
  last_client_activity_at: number | null;
  measure_id: string | null;
  measure_version: number | null;
  measure_total: number | null;
  measure_severity: string | null;
  measure_answered: number | null;
  measure_flags: string | null;
  measure_scored_at: number | null;
  measure_flag_raised_at: number | null;
  series_id: string | null;
  series_index: number | null;
  repair_count: number;
  last_repaired_at: number | null;
}

export type NewWorksheetRecord = Pick<
  WorksheetRecord,
  | 'id'
  | 'clientId'
  | 'therapistId'
  | 'title'
  | 'kind'
  | 'templateId'
  | 'templateVersion'
  | 'dueDate'
  | 'note'
  | 'assignedAt'
  | 'sentAt'
  | 'seriesId'
  | 'seriesIndex'
>;

const COLUMNS = `id, client_id, therapist_id, title, kind, template_id, template_version, due_date, note, assigned_at,
  sent_at, started_at, handed_in_at, reviewed_at, last_client_activity_at, measure_id, measure_version, measure_total,
  measure_severity, measure_answered, measure_flags, measure_scored_at, measure_flag_raised_at, series_id, series_index,
  repair_count, last_repaired_at`;

/** The worksheets' rows, on the SQL port (SQLite or Postgres); `in(tx)` is the same store inside a transaction. */
export class WorksheetStore {
  constructor(private readonly sql: SqlExecutor) {}

  in(tx: SqlExecutor): WorksheetStore {
    return new WorksheetStore(tx);
  }

  async create(record: NewWorksheetRecord): Promise<WorksheetRecord> {
    await this.sql.run(
      `INSERT INTO worksheets (id, client_id, therapist_id, title, kind, template_id, template_version, due_date,
         note, assigned_at, sent_at, series_id, series_index)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        record.id,
        record.clientId,
        record.therapistId,
        record.title,
        record.kind,
        record.templateId,
        record.templateVersion,
        record.dueDate,
        record.note,
        record.assignedAt,
        record.sentAt,
        record.seriesId,
        record.seriesIndex,
      ],
    );
    return {
      ...record,
      startedAt: null,
      handedInAt: null,
      reviewedAt: null,
      lastClientActivityAt: null,
      measureResult: null,
      measureFlagRaisedAt: null,
      repairCount: 0,
      lastRepairedAt: null,
    };
  }

  async get(id: string): Promise<WorksheetRecord | undefined> {
    return toRecord(await this.sql.one<WorksheetRow>(`SELECT ${COLUMNS} FROM worksheets WHERE id = ?`, [id]));
  }

  listForClient(clientId: string): Promise<WorksheetRecord[]> {
    return this.list('WHERE client_id = ?', clientId);
  }

  listForTherapist(therapistId: string): Promise<WorksheetRecord[]> {
    return this.list('WHERE therapist_id = ?', therapistId);
  }

  /** Every worksheet's id, in id order (rebuilding the derived responses walks them all). */
  async allIds(): Promise<string[]> {
    const rows = await this.sql.query<{ id: string }>('SELECT id FROM worksheets ORDER BY id');
    return rows.map((row) => row.id);
  }

  /** How many worksheets the practice's therapists assigned from each template (any version). */
  async assignedCountsByTemplate(practiceId: string): Promise<Map<string, number>> {
    const rows = await this.sql.query<{ template_id: string; count: number }>(
      `SELECT w.template_id, COUNT(*) AS count FROM worksheets w
       JOIN users u ON u.id = w.therapist_id WHERE u.practice_id = ? GROUP BY w.template_id`,
      [practiceId],
    );
    return new Map(rows.map((row) => [row.template_id, row.count]));
  }

  /** Measure worksheets with no stored result (assigned before scoring existed, or not answered yet). */
  async listUnscoredMeasures(): Promise<WorksheetRecord[]> {
    const rows = await this.sql.query<WorksheetRow>(
      `SELECT ${COLUMNS} FROM worksheets WHERE kind = 'measure' AND measure_scored_at IS NULL`,
    );
    return rows.map((row) => toRecord(row)!);
  }

  /** The relay repaired a forbidden change in an update to this worksheet (docs/relay.md R23). */
  async recordRepair(id: string, at: number): Promise<void> {
    await this.sql.run(
      'UPDATE worksheets SET repair_count = repair_count + 1, last_repaired_at = ? WHERE id = ?',
      [at, id],
    );
  }

  /**
   * Records the document's hand-in time (null: taken back; that also clears the review); returns whether
   * it changed. The casts give Postgres the parameters' type, which it cannot infer from IS NULL.
   */
  async setHandedInAt(id: string, handedInAt: string | null): Promise<boolean> {
    const result = await this.sql.run(
      `UPDATE worksheets SET handed_in_at = CAST(? AS TEXT),
         reviewed_at = CASE WHEN CAST(? AS TEXT) IS NULL THEN NULL ELSE reviewed_at END
       WHERE id = ? AND handed_in_at IS DISTINCT FROM CAST(? AS TEXT)`,
      [handedInAt, handedInAt, id, handedInAt],
    );
    return result.changes > 0;
  }

  /** Replaces the stored measure result with one derived from the current document. */
  async setMeasureResult(id: string, result: StoredMeasureResult): Promise<void> {
    await this.sql.run(
      `UPDATE worksheets SET measure_id = ?, measure_version = ?, measure_total = ?, measure_severity = ?,
         measure_answered = ?, measure_flags = ?, measure_scored_at = ? WHERE id = ?`,
      [
        result.measureId,
        result.measureVersion,
        result.total,
        result.severity,
        result.answered,
        JSON.stringify(result.flags),
        result.scoredAt,
        id,
      ],
    );
  }

  /** Notes the first safety flag; true only the first time, so it is audited once. */
  async markFlagRaised(id: string, at: number): Promise<boolean> {
    const result = await this.sql.run(
      'UPDATE worksheets SET measure_flag_raised_at = ? WHERE id = ? AND measure_flag_raised_at IS NULL',
      [at, id],
    );
    return result.changes === 1;
  }

  /** Sends a draft to its client; false when it was already sent (the first sending stands). */
  async markSent(id: string, at: number): Promise<boolean> {
    const result = await this.sql.run('UPDATE worksheets SET sent_at = ? WHERE id = ? AND sent_at IS NULL', [
      at,
      id,
    ]);
    return result.changes === 1;
  }

  async markReviewed(id: string, at: number): Promise<void> {
    await this.sql.run('UPDATE worksheets SET reviewed_at = ? WHERE id = ?', [at, id]);
  }

  async delete(id: string): Promise<void> {
    await this.sql.run('DELETE FROM worksheets WHERE id = ?', [id]);
  }

  private async list(where: string, value: string): Promise<WorksheetRecord[]> {
    const rows = await this.sql.query<WorksheetRow>(
      `SELECT ${COLUMNS} FROM worksheets ${where} ORDER BY assigned_at DESC, id`,
      [value],
    );
    return rows.map((row) => toRecord(row)!);
  }
}

function toRecord(row: WorksheetRow | undefined): WorksheetRecord | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    clientId: row.client_id,
    therapistId: row.therapist_id,
    title: row.title,
    kind: row.kind,
    templateId: row.template_id,
    templateVersion: row.template_version,
    dueDate: row.due_date,
    note: row.note,
    assignedAt: row.assigned_at,
    sentAt: row.sent_at,
    startedAt: row.started_at,
    handedInAt: row.handed_in_at,
    reviewedAt: row.reviewed_at,
    lastClientActivityAt: row.last_client_activity_at,
    measureResult: measureResultOf(row),
    measureFlagRaisedAt: row.measure_flag_raised_at,
    seriesId: row.series_id,
    seriesIndex: row.series_index,
    repairCount: row.repair_count,
    lastRepairedAt: row.last_repaired_at,
  };
}

function measureResultOf(row: WorksheetRow): StoredMeasureResult | null {
  if (row.measure_id === null || row.measure_version === null || row.measure_scored_at === null) return null;
  return {
    measureId: row.measure_id,
    measureVersion: row.measure_version,
    total: row.measure_total,
    severity: row.measure_severity,
    answered: row.measure_answered ?? 0,
    flags: JSON.parse(row.measure_flags ?? '[]') as StoredMeasureFlag[],
    scoredAt: row.measure_scored_at,
  };
}

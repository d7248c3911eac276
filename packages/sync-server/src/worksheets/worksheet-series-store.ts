import type { IsoDay, RepeatRule } from '@interlude/schema';
import type { SqlExecutor } from '../database/sql-database.js';

/** Why a series stopped before its rule ran out. */
export type SeriesEndReason = 'ended-by-therapist' | 'client-archived' | 'template-unavailable';

/** A repeating assignment: its rule and what each occurrence is made from. */
export interface WorksheetSeriesRecord {
  id: string;
  clientId: string;
  therapistId: string;
  templateId: string;
  /** The title asked for; null: each occurrence takes the template's title. */
  title: string | null;
  /** A tailored copy of the template's Tiptap JSON, or null for the template itself. */
  content: unknown;
  note: string | null;
  rule: RepeatRule;
  /** Each occurrence is due this many days after its own day; null: no due date. */
  dueAfterDays: number | null;
  /** The first occurrence's day in the practice's time zone. */
  firstDay: IsoDay;
  /** The highest occurrence created or skipped (0 before the first). */
  lastIndex: number;
  /** Occurrences not created because their day passed while the server was down. */
  skippedIndexes: number[];
  createdAt: number;
  endedAt: number | null;
  endedReason: SeriesEndReason | null;
}

export type NewWorksheetSeries = Omit<
  WorksheetSeriesRecord,
  'lastIndex' | 'skippedIndexes' | 'endedAt' | 'endedReason'
>;

interface SeriesRow {
  id: string;
  client_id: string;
  therapist_id: string;
  template_id: string;
  title: string | null;
  content: string | null;
  note: string | null;
  every_days: number;
  count: number | null;
  until_day: string | null;
  due_after_days: number | null;
  first_day: string;
  last_index: number;
  skipped_indexes: string;
  created_at: number;
  ended_at: number | null;
  ended_reason: SeriesEndReason | null;
}

const COLUMNS = `id, client_id, therapist_id, template_id, title, content, note, every_days, count, until_day,
  due_after_days, first_day, last_index, skipped_indexes, created_at, ended_at, ended_reason`;

/**
 * Repeating assignments, on the SQL port; `in(tx)` is the same store inside a transaction (the series and
 * its occurrences are written with the occurrence's worksheet row and audit entry).
 */
export class WorksheetSeriesStore {
  constructor(private readonly sql: SqlExecutor) {}

  in(tx: SqlExecutor): WorksheetSeriesStore {
    return new WorksheetSeriesStore(tx);
  }

  async create(series: NewWorksheetSeries): Promise<WorksheetSeriesRecord> {
    await this.sql.run(
      `INSERT INTO worksheet_series (id, client_id, therapist_id, template_id, title, content, note, every_days,
         count, until_day, due_after_days, first_day, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        series.id,
        series.clientId,
        series.therapistId,
        series.templateId,
        series.title,
        series.content === null ? null : JSON.stringify(series.content),
        series.note,
        series.rule.everyDays,
        series.rule.count ?? null,
        series.rule.until ?? null,
        series.dueAfterDays,
        series.firstDay,
        series.createdAt,
      ],
    );
    return (await this.get(series.id))!;
  }

  async get(id: string): Promise<WorksheetSeriesRecord | undefined> {
    const row = await this.sql.one<SeriesRow>(`SELECT ${COLUMNS} FROM worksheet_series WHERE id = ?`, [id]);
    return row && toRecord(row);
  }

  /** Series still running: not ended (some may have created every occurrence already), oldest first. */
  listRunning(): Promise<WorksheetSeriesRecord[]> {
    return this.list('WHERE ended_at IS NULL');
  }

  /** The client's series, ended ones too, oldest first. */
  listForClient(clientId: string): Promise<WorksheetSeriesRecord[]> {
    return this.list('WHERE client_id = ?', clientId);
  }

  /**
   * Notes that occurrence `index` was created, skipping the ones between. Throws when a later or equal
   * occurrence was already recorded, so a second scheduler run in the same transaction stores nothing.
   * The update only applies to the row as it was read: a run on another instance that recorded an
   * occurrence in between makes this one throw too, instead of losing that run's skipped occurrences.
   */
  async recordOccurrence(id: string, index: number, skipped: readonly number[]): Promise<void> {
    const alreadyCreated = () => new Error(`Occurrence ${index} of series ${id} was already created.`);
    const series = await this.get(id);
    if (!series || series.lastIndex >= index) throw alreadyCreated();
    const recorded = await this.sql.run(
      'UPDATE worksheet_series SET last_index = ?, skipped_indexes = ? WHERE id = ? AND last_index = ?',
      [index, JSON.stringify([...series.skippedIndexes, ...skipped]), id, series.lastIndex],
    );
    if (recorded.changes !== 1) throw alreadyCreated();
  }

  /** Ends the series; false when it had already ended (the first ending stands). */
  async end(id: string, at: number, reason: SeriesEndReason): Promise<boolean> {
    const result = await this.sql.run(
      'UPDATE worksheet_series SET ended_at = ?, ended_reason = ? WHERE id = ? AND ended_at IS NULL',
      [at, reason, id],
    );
    return result.changes === 1;
  }

  private async list(where: string, ...params: string[]): Promise<WorksheetSeriesRecord[]> {
    const rows = await this.sql.query<SeriesRow>(
      `SELECT ${COLUMNS} FROM worksheet_series ${where} ORDER BY created_at, id`,
      params,
    );
    return rows.map(toRecord);
  }
}

function toRecord(row: SeriesRow): WorksheetSeriesRecord {
  return {
    id: row.id,
    clientId: row.client_id,
    therapistId: row.therapist_id,
    templateId: row.template_id,
    title: row.title,
    content: row.content === null ? null : JSON.parse(row.content),
    note: row.note,
    rule: {
      everyDays: row.every_days,
      ...(row.count === null ? {} : { count: row.count }),
      ...(row.until_day === null ? {} : { until: row.until_day }),
    },
    dueAfterDays: row.due_after_days,
    firstDay: row.first_day,
    lastIndex: row.last_index,
    skippedIndexes: JSON.parse(row.skipped_indexes) as number[],
    createdAt: row.created_at,
    endedAt: row.ended_at,
    endedReason: row.ended_reason,
  };
}

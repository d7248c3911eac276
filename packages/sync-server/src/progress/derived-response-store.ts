import { insertRows } from '../database/insert-rows.js';
import type { SqlDatabase, SqlDialect, SqlExecutor } from '../database/sql-database.js';
import type { DerivedEntry, DerivedResponse, DerivedWorksheet } from './derived-worksheet.js';

interface WorksheetRow {
  worksheet_id: string;
  handed_in_at: string | null;
  required_answered: number;
  required_total: number;
  completion: number;
  answered_count: number;
  entry_count: number;
  measure_id: string | null;
  measure_total: number | null;
  measure_severity: string | null;
}

interface ResponseRow {
  worksheet_id: string;
  node_id: string;
  kind: DerivedResponse['kind'];
  label: string;
  metric_key: string | null;
  parent_node_id: string | null;
  entry_id: string | null;
  entry_date: string | null;
  measure_item_id: string | null;
  value: string | null;
  number: number | null;
  display: string | null;
}

interface EntryRow {
  worksheet_id: string;
  group_node_id: string;
  group_label: string;
  entry_id: string;
  entry_date: string | null;
}

const toResponse = (row: ResponseRow): DerivedResponse => ({
  nodeId: row.node_id,
  kind: row.kind,
  label: row.label,
  metricKey: row.metric_key,
  parentNodeId: row.parent_node_id,
  entryId: row.entry_id,
  entryDate: row.entry_date,
  measureItemId: row.measure_item_id,
  value: row.value,
  number: row.number,
  display: row.display,
});

const toEntry = (row: EntryRow): DerivedEntry => ({
  groupNodeId: row.group_node_id,
  groupLabel: row.group_label,
  entryId: row.entry_id,
  entryDate: row.entry_date,
});

/** What a list needs of a derived worksheet, without its responses. */
export type DerivedSummary = Omit<DerivedWorksheet, 'responses' | 'entries'>;

const toSummary = (row: WorksheetRow): DerivedSummary => ({
  handedInAt: row.handed_in_at,
  requiredAnswered: row.required_answered,
  requiredTotal: row.required_total,
  completion: row.completion,
  answeredCount: row.answered_count,
  entryCount: row.entry_count,
  measureId: row.measure_id,
  measureTotal: row.measure_total,
  measureSeverity: row.measure_severity,
});

/** A derived response with the worksheet it came from (a client's responses across worksheets). */
export type WorksheetResponse = DerivedResponse & { worksheetId: string };

const RESPONSE_COLUMNS = [
  'worksheet_id',
  'position',
  'node_id',
  'kind',
  'label',
  'metric_key',
  'parent_node_id',
  'entry_id',
  'entry_date',
  'measure_item_id',
  'value',
  'number',
  'display',
] as const;

const ENTRY_COLUMNS = [
  'worksheet_id',
  'position',
  'group_node_id',
  'group_label',
  'entry_id',
  'entry_date',
] as const;

/**
 * Reads the worksheet's row for the derivation's transaction. On Postgres the row is locked against deletion
 * until the derivation commits, so a worksheet deleted meanwhile cannot be left with derived rows; on SQLite
 * a write transaction already excludes every other writer.
 */
const worksheetStillThere: Record<SqlDialect, string> = {
  sqlite: 'SELECT 1 AS present FROM worksheets WHERE id = ?',
  postgres: 'SELECT 1 AS present FROM worksheets WHERE id = ? FOR KEY SHARE',
};

/**
 * The derived tables: replaced whole for one worksheet at each derivation, read by progress and review.
 * On the SQL port; `in(tx)` is the same store inside a caller's transaction.
 */
export class DerivedResponseStore {
  private constructor(
    private readonly sql: SqlExecutor,
    private readonly dialect: SqlDialect,
    /** One transaction for a multi-statement write: the database's own, or the caller's `tx`. */
    private readonly atomically: <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>,
  ) {}

  static on(sql: SqlDatabase): DerivedResponseStore {
    return new DerivedResponseStore(sql, sql.dialect, (work) => sql.transaction(work));
  }

  in(tx: SqlExecutor): DerivedResponseStore {
    return new DerivedResponseStore(tx, this.dialect, (work) => work(tx));
  }

  /**
   * Replaces everything derived for the worksheet, in one transaction. A worksheet whose row is gone
   * (deleted meanwhile) has nothing to derive: nothing is written and it returns false.
   */
  async replace(worksheetId: string, derived: DerivedWorksheet): Promise<boolean> {
    return this.atomically(async (tx) => {
      if (!(await tx.one(worksheetStillThere[this.dialect], [worksheetId]))) return false;
      await removeRows(tx, worksheetId);
      await tx.run(
        `INSERT INTO derived_worksheets (worksheet_id, handed_in_at, required_answered, required_total, completion,
           answered_count, entry_count, measure_id, measure_total, measure_severity)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          worksheetId,
          derived.handedInAt,
          derived.requiredAnswered,
          derived.requiredTotal,
          derived.completion,
          derived.answeredCount,
          derived.entryCount,
          derived.measureId,
          derived.measureTotal,
          derived.measureSeverity,
        ],
      );
      await insertRows(
        tx,
        'derived_responses',
        RESPONSE_COLUMNS,
        derived.responses.map((response, position) => [
          worksheetId,
          position,
          response.nodeId,
          response.kind,
          response.label,
          response.metricKey,
          response.parentNodeId,
          response.entryId,
          response.entryDate,
          response.measureItemId,
          response.value,
          response.number,
          response.display,
        ]),
      );
      await insertRows(
        tx,
        'derived_entries',
        ENTRY_COLUMNS,
        derived.entries.map((entry, position) => [
          worksheetId,
          position,
          entry.groupNodeId,
          entry.groupLabel,
          entry.entryId,
          entry.entryDate,
        ]),
      );
      return true;
    });
  }

  /** Forgets a deleted worksheet's derived rows. */
  async remove(worksheetId: string): Promise<void> {
    await this.atomically((tx) => removeRows(tx, worksheetId));
  }

  async get(worksheetId: string): Promise<DerivedWorksheet | undefined> {
    const row = await this.sql.one<WorksheetRow>('SELECT * FROM derived_worksheets WHERE worksheet_id = ?', [
      worksheetId,
    ]);
    if (!row) return undefined;
    const responses = await this.sql.query<ResponseRow>(
      'SELECT * FROM derived_responses WHERE worksheet_id = ? ORDER BY position',
      [worksheetId],
    );
    const entries = await this.sql.query<EntryRow>(
      'SELECT * FROM derived_entries WHERE worksheet_id = ? ORDER BY position',
      [worksheetId],
    );
    return {
      ...toSummary(row),
      responses: responses.map(toResponse),
      entries: entries.map(toEntry),
    };
  }

  /** Which worksheets have been derived at all. */
  async derivedIds(): Promise<Set<string>> {
    const rows = await this.sql.query<{ worksheet_id: string }>(
      'SELECT worksheet_id FROM derived_worksheets',
    );
    return new Set(rows.map((row) => row.worksheet_id));
  }

  /** Every derived response of a client's worksheets that has a metric key and a number, for charts. */
  async metricResponsesForClient(clientId: string): Promise<WorksheetResponse[]> {
    const rows = await this.sql.query<ResponseRow>(
      `SELECT r.* FROM derived_responses r JOIN worksheets w ON w.id = r.worksheet_id
       WHERE w.client_id = ? AND w.sent_at IS NOT NULL AND r.metric_key IS NOT NULL AND r.number IS NOT NULL
       ORDER BY r.worksheet_id, r.position`,
      [clientId],
    );
    return rows.map((row) => ({ ...toResponse(row), worksheetId: row.worksheet_id }));
  }

  /** The derived summary of each of a client's sent worksheets that has been derived. */
  async summariesForClient(clientId: string): Promise<Map<string, DerivedSummary>> {
    const rows = await this.sql.query<WorksheetRow>(
      `SELECT d.* FROM derived_worksheets d JOIN worksheets w ON w.id = d.worksheet_id
       WHERE w.client_id = ? AND w.sent_at IS NOT NULL`,
      [clientId],
    );
    return new Map(rows.map((row) => [row.worksheet_id, toSummary(row)]));
  }

  /** A client's goals and their steps (outside entries), in document order. */
  async goalResponsesForClient(clientId: string): Promise<WorksheetResponse[]> {
    const rows = await this.sql.query<ResponseRow>(
      `SELECT r.* FROM derived_responses r JOIN worksheets w ON w.id = r.worksheet_id
       WHERE w.client_id = ? AND w.sent_at IS NOT NULL AND r.kind IN ('goal', 'goalStep') AND r.entry_id IS NULL
       ORDER BY w.assigned_at, r.worksheet_id, r.position`,
      [clientId],
    );
    return rows.map((row) => ({ ...toResponse(row), worksheetId: row.worksheet_id }));
  }
}

async function removeRows(tx: SqlExecutor, worksheetId: string): Promise<void> {
  for (const table of ['derived_worksheets', 'derived_responses', 'derived_entries']) {
    await tx.run(`DELETE FROM ${table} WHERE worksheet_id = ?`, [worksheetId]);
  }
}

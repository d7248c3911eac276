import type { SqliteDatabase } from '../database/open-database.js';
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

/** The derived tables: replaced whole for one worksheet at each derivation, read by progress and review. */
export class DerivedResponseStore {
  constructor(private readonly db: SqliteDatabase) {}

  /** Replaces everything derived for the worksheet, in one transaction. */
  /** Whether the worksheet still has its row: one deleted meanwhile has nothing to derive. */
  hasWorksheet(worksheetId: string): boolean {
    return this.db.prepare('SELECT 1 FROM worksheets WHERE id = ?').get(worksheetId) !== undefined;
  }

  replace(worksheetId: string, derived: DerivedWorksheet): void {
    const insertResponse = this.db.prepare(
      `INSERT INTO derived_responses (worksheet_id, position, node_id, kind, label, metric_key, parent_node_id,
         entry_id, entry_date, measure_item_id, value, number, display) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertEntry = this.db.prepare(
      `INSERT INTO derived_entries (worksheet_id, position, group_node_id, group_label, entry_id, entry_date)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      this.removeRows(worksheetId);
      this.db
        .prepare(
          `INSERT INTO derived_worksheets (worksheet_id, handed_in_at, required_answered, required_total, completion,
             answered_count, entry_count, measure_id, measure_total, measure_severity)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
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
        );
      derived.responses.forEach((response, position) => {
        insertResponse.run(
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
        );
      });
      derived.entries.forEach((entry, position) => {
        insertEntry.run(
          worksheetId,
          position,
          entry.groupNodeId,
          entry.groupLabel,
          entry.entryId,
          entry.entryDate,
        );
      });
    })();
  }

  /** Forgets a deleted worksheet's derived rows. */
  remove(worksheetId: string): void {
    this.db.transaction(() => this.removeRows(worksheetId))();
  }

  get(worksheetId: string): DerivedWorksheet | undefined {
    const row = this.db.prepare('SELECT * FROM derived_worksheets WHERE worksheet_id = ?').get(worksheetId) as
      | WorksheetRow
      | undefined;
    if (!row) return undefined;
    const responses = this.db
      .prepare('SELECT * FROM derived_responses WHERE worksheet_id = ? ORDER BY position')
      .all(worksheetId) as ResponseRow[];
    const entries = this.db
      .prepare('SELECT * FROM derived_entries WHERE worksheet_id = ? ORDER BY position')
      .all(worksheetId) as EntryRow[];
    return {
      ...toSummary(row),
      responses: responses.map(toResponse),
      entries: entries.map(toEntry),
    };
  }

  /** Which of these worksheets have been derived at all. */
  derivedIds(): Set<string> {
    const rows = this.db.prepare('SELECT worksheet_id FROM derived_worksheets').all() as {
      worksheet_id: string;
    }[];
    return new Set(rows.map((row) => row.worksheet_id));
  }

  /** Every derived response of a client's worksheets that has a metric key and a number, for charts. */
  metricResponsesForClient(clientId: string): WorksheetResponse[] {
    const rows = this.db
      .prepare(
        `SELECT r.* FROM derived_responses r JOIN worksheets w ON w.id = r.worksheet_id
         WHERE w.client_id = ? AND w.sent_at IS NOT NULL AND r.metric_key IS NOT NULL AND r.number IS NOT NULL
         ORDER BY r.worksheet_id, r.position`,
      )
      .all(clientId) as ResponseRow[];
    return rows.map((row) => ({ ...toResponse(row), worksheetId: row.worksheet_id }));
  }

  /** The derived summary of each of a client's sent worksheets that has been derived. */
  summariesForClient(clientId: string): Map<string, DerivedSummary> {
    const rows = this.db
      .prepare(
        `SELECT d.* FROM derived_worksheets d JOIN worksheets w ON w.id = d.worksheet_id
         WHERE w.client_id = ? AND w.sent_at IS NOT NULL`,
      )
      .all(clientId) as WorksheetRow[];
    return new Map(rows.map((row) => [row.worksheet_id, toSummary(row)]));
  }

  /** A client's goals and their steps (outside entries), in document order. */
  goalResponsesForClient(clientId: string): WorksheetResponse[] {
    const rows = this.db
      .prepare(
        `SELECT r.* FROM derived_responses r JOIN worksheets w ON w.id = r.worksheet_id
         WHERE w.client_id = ? AND w.sent_at IS NOT NULL AND r.kind IN ('goal', 'goalStep') AND r.entry_id IS NULL
         ORDER BY w.assigned_at, r.worksheet_id, r.position`,
      )
      .all(clientId) as ResponseRow[];
    return rows.map((row) => ({ ...toResponse(row), worksheetId: row.worksheet_id }));
  }

  private removeRows(worksheetId: string): void {
    for (const table of ['derived_worksheets', 'derived_responses', 'derived_entries']) {
      this.db.prepare(`DELETE FROM ${table} WHERE worksheet_id = ?`).run(worksheetId);
    }
  }
}

import type { LibraryTopic, TherapyApproach, WorksheetJSON } from '@interlude/schema';
import type { SqlDatabase, SqlExecutor } from '../database/sql-database.js';
import type { OwnTemplateKind, PracticeTemplate, TemplateDetails } from './practice-template.js';

interface TemplateRow {
  id: string;
  practice_id: string;
  based_on_id: string | null;
  based_on_title: string | null;
  created_at: number;
  archived_at: number | null;
  version: number;
  title: string;
  purpose: string;
  description: string;
  kind: OwnTemplateKind;
  approaches: string;
  topics: string;
  tags: string;
  estimated_minutes: number;
  content: string;
  saved_at: number;
}

export interface NewPracticeTemplate {
  id: string;
  practiceId: string;
  basedOn: { id: string; title: string } | null;
  details: TemplateDetails;
  savedBy: string;
}

const SELECT = `SELECT t.id, t.practice_id, t.based_on_id, t.based_on_title, t.created_at, t.archived_at,
  v.version, v.title, v.purpose, v.description, v.kind, v.approaches, v.topics, v.tags, v.estimated_minutes,
  v.content, v.saved_at
  FROM practice_templates t JOIN practice_template_versions v ON v.template_id = t.id`;

/**
 * The practice's own templates. Saving adds a version and never rewrites an earlier one, so a worksheet
 * can always be traced to exactly what it was seeded from. Nothing here deletes. On the SQL port; `in(tx)`
 * is the same store inside a caller's transaction (the use cases audit each change in the same one).
 */
export class PracticeTemplateStore {
  /** `tx`: the caller's transaction (see `in`); without it each write is a transaction of its own. */
  constructor(
    private readonly database: SqlDatabase,
    private readonly now: () => number,
    private readonly tx?: SqlExecutor,
  ) {}

  in(tx: SqlExecutor): PracticeTemplateStore {
    return new PracticeTemplateStore(this.database, this.now, tx);
  }

  private get sql(): SqlExecutor {
    return this.tx ?? this.database;
  }

  /** One transaction for a multi-statement write: the caller's when there is one, else the database's. */
  private atomically<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.tx ? work(this.tx) : this.database.transaction(work);
  }

  async create({
    id,
    practiceId,
    basedOn,
    details,
    savedBy,
  }: NewPracticeTemplate): Promise<PracticeTemplate> {
    const at = this.now();
    return this.atomically(async (tx) => {
      await tx.run(
        `INSERT INTO practice_templates (id, practice_id, current_version, based_on_id, based_on_title, created_at, updated_at)
         VALUES (?, ?, 1, ?, ?, ?, ?)`,
        [id, practiceId, basedOn?.id ?? null, basedOn?.title ?? null, at, at],
      );
      await insertVersion(tx, id, 1, details, savedBy, at);
      return (await current(tx, practiceId, id))!;
    });
  }

  /**
   * Stores `details` as the next version; the earlier ones stay as they were. The template's row is bumped
   * first: on Postgres that locks it, so two saves at once take consecutive versions instead of one number.
   */
  async saveVersion(
    practiceId: string,
    id: string,
    details: TemplateDetails,
    savedBy: string,
  ): Promise<PracticeTemplate> {
    const at = this.now();
    return this.atomically(async (tx) => {
      const bumped = await tx.run(
        `UPDATE practice_templates SET current_version = current_version + 1, updated_at = ?
         WHERE id = ? AND practice_id = ?`,
        [at, id, practiceId],
      );
      if (bumped.changes === 0) throw new Error(`No template ${id} in practice ${practiceId}`);
      const row = await tx.one<{ current_version: number }>(
        'SELECT current_version FROM practice_templates WHERE id = ?',
        [id],
      );
      await insertVersion(tx, id, row!.current_version, details, savedBy, at);
      return (await current(tx, practiceId, id))!;
    });
  }

  /** The current version; undefined when missing or another practice's (the two look the same). */
  get(practiceId: string, id: string): Promise<PracticeTemplate | undefined> {
    return current(this.sql, practiceId, id);
  }

  /** One saved version, as it was when saved. */
  async getVersion(practiceId: string, id: string, version: number): Promise<PracticeTemplate | undefined> {
    const row = await this.sql.one<TemplateRow>(
      `${SELECT} AND v.version = ? WHERE t.id = ? AND t.practice_id = ?`,
      [version, id, practiceId],
    );
    return row && toTemplate(row);
  }

  /** Current versions, oldest template first, archived ones included. */
  async listForPractice(practiceId: string): Promise<PracticeTemplate[]> {
    const rows = await this.sql.query<TemplateRow>(
      `${SELECT} AND v.version = t.current_version WHERE t.practice_id = ? ORDER BY t.created_at, t.id`,
      [practiceId],
    );
    return rows.map(toTemplate);
  }

  /** Archives (a time) or restores (null); the versions are untouched. */
  async setArchived(
    practiceId: string,
    id: string,
    archivedAt: number | null,
  ): Promise<PracticeTemplate | undefined> {
    await this.sql.run('UPDATE practice_templates SET archived_at = ? WHERE id = ? AND practice_id = ?', [
      archivedAt,
      id,
      practiceId,
    ]);
    return this.get(practiceId, id);
  }
}

async function current(
  sql: SqlExecutor,
  practiceId: string,
  id: string,
): Promise<PracticeTemplate | undefined> {
  const row = await sql.one<TemplateRow>(
    `${SELECT} AND v.version = t.current_version WHERE t.id = ? AND t.practice_id = ?`,
    [id, practiceId],
  );
  return row && toTemplate(row);
}

async function insertVersion(
  sql: SqlExecutor,
  id: string,
  version: number,
  details: TemplateDetails,
  savedBy: string,
  at: number,
): Promise<void> {
  await sql.run(
    `INSERT INTO practice_template_versions (template_id, version, title, purpose, description, kind, approaches,
       topics, tags, estimated_minutes, content, saved_at, saved_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      version,
      details.title,
      details.purpose,
      details.description,
      details.kind,
      JSON.stringify(details.approaches),
      JSON.stringify(details.topics),
      JSON.stringify(details.tags),
      details.estimatedMinutes,
      JSON.stringify(details.content),
      at,
      savedBy,
    ],
  );
}

function toTemplate(row: TemplateRow): PracticeTemplate {
  return {
    id: row.id,
    practiceId: row.practice_id,
    version: row.version,
    basedOn:
      row.based_on_id === null ? null : { id: row.based_on_id, title: row.based_on_title ?? row.based_on_id },
    createdAt: row.created_at,
    updatedAt: row.saved_at,
    archivedAt: row.archived_at,
    title: row.title,
    purpose: row.purpose,
    description: row.description,
    kind: row.kind,
    approaches: JSON.parse(row.approaches) as TherapyApproach[],
    topics: JSON.parse(row.topics) as LibraryTopic[],
    tags: JSON.parse(row.tags) as string[],
    estimatedMinutes: row.estimated_minutes,
    content: JSON.parse(row.content) as WorksheetJSON,
  };
}

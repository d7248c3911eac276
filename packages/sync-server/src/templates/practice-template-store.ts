import type { LibraryTopic, TherapyApproach, WorksheetJSON } from '@interlude/schema';
import type { SqliteDatabase } from '../database/open-database.js';
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
 * can always be traced to exactly what it was seeded from. Nothing here deletes.
 */
export class PracticeTemplateStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
  ) {}

  create({ id, practiceId, basedOn, details, savedBy }: NewPracticeTemplate): PracticeTemplate {
    const at = this.now();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO practice_templates (id, practice_id, current_version, based_on_id, based_on_title, created_at, updated_at)
           VALUES (?, ?, 1, ?, ?, ?, ?)`,
        )
        .run(id, practiceId, basedOn?.id ?? null, basedOn?.title ?? null, at, at);
      this.insertVersion(id, 1, details, savedBy, at);
    })();
    return this.get(practiceId, id)!;
  }

  /** Stores `details` as the next version; the earlier ones stay as they were. */
  saveVersion(practiceId: string, id: string, details: TemplateDetails, savedBy: string): PracticeTemplate {
    const at = this.now();
    this.db.transaction(() => {
      const current = this.get(practiceId, id);
      if (!current) throw new Error(`No template ${id} in practice ${practiceId}`);
      const version = current.version + 1;
      this.insertVersion(id, version, details, savedBy, at);
      this.db
        .prepare('UPDATE practice_templates SET current_version = ?, updated_at = ? WHERE id = ?')
        .run(version, at, id);
    })();
    return this.get(practiceId, id)!;
  }

  /** The current version; undefined when missing or another practice's (the two look the same). */
  get(practiceId: string, id: string): PracticeTemplate | undefined {
    const row = this.db
      .prepare(`${SELECT} AND v.version = t.current_version WHERE t.id = ? AND t.practice_id = ?`)
      .get(id, practiceId) as TemplateRow | undefined;
    return row && toTemplate(row);
  }

  /** One saved version, as it was when saved. */
  getVersion(practiceId: string, id: string, version: number): PracticeTemplate | undefined {
    const row = this.db
      .prepare(`${SELECT} AND v.version = ? WHERE t.id = ? AND t.practice_id = ?`)
      .get(version, id, practiceId) as TemplateRow | undefined;
    return row && toTemplate(row);
  }

  /** Current versions, oldest template first, archived ones included. */
  listForPractice(practiceId: string): PracticeTemplate[] {
    const rows = this.db
      .prepare(
        `${SELECT} AND v.version = t.current_version WHERE t.practice_id = ? ORDER BY t.created_at, t.id`,
      )
      .all(practiceId) as TemplateRow[];
    return rows.map(toTemplate);
  }

  /** Archives (a time) or restores (null); the versions are untouched. */
  setArchived(practiceId: string, id: string, archivedAt: number | null): PracticeTemplate | undefined {
    this.db
      .prepare('UPDATE practice_templates SET archived_at = ? WHERE id = ? AND practice_id = ?')
      .run(archivedAt, id, practiceId);
    return this.get(practiceId, id);
  }

  private insertVersion(id: string, version: number, details: TemplateDetails, savedBy: string, at: number) {
    this.db
      .prepare(
        `INSERT INTO practice_template_versions (template_id, version, title, purpose, description, kind, approaches,
           topics, tags, estimated_minutes, content, saved_at, saved_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
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
      );
  }
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

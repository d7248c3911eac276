import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

/** The practice's own templates: one row per template, one row per saved version (never rewritten). */
export const templateMigrations: Migration[] = [
  {
    id: 'templates-001-practice-templates',
    up(db) {
      db.exec(`
        CREATE TABLE practice_templates (
          id TEXT PRIMARY KEY,
          practice_id TEXT NOT NULL REFERENCES practices(id),
          current_version INTEGER NOT NULL,
          -- the template it was duplicated from (a built-in slug or another own template), title as it was then
          based_on_id TEXT,
          based_on_title TEXT,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          -- archived templates are listed but cannot be assigned or edited; nothing is ever deleted
          archived_at INTEGER
        );
        CREATE INDEX practice_templates_by_practice ON practice_templates (practice_id, created_at);
        CREATE TABLE practice_template_versions (
          template_id TEXT NOT NULL REFERENCES practice_templates(id),
          version INTEGER NOT NULL,
          title TEXT NOT NULL,
          purpose TEXT NOT NULL,
          description TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('worksheet', 'journaling', 'goal-setting')),
          -- JSON arrays of ids and words
          approaches TEXT NOT NULL,
          topics TEXT NOT NULL,
          tags TEXT NOT NULL,
          estimated_minutes INTEGER NOT NULL,
          -- Tiptap JSON, checked against the worksheet schema before it is stored
          content TEXT NOT NULL,
          saved_at INTEGER NOT NULL,
          saved_by TEXT REFERENCES users(id),
          PRIMARY KEY (template_id, version)
        );
      `);
    },
  },
];

/** The same tables on Postgres (times are BIGINT milliseconds); after postgresPeopleMigrations (practices, users). */
export const postgresTemplateMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'templates-001-practice-templates',
    `
    CREATE TABLE practice_templates (
      id TEXT PRIMARY KEY,
      practice_id TEXT NOT NULL REFERENCES practices(id),
      current_version INTEGER NOT NULL,
      -- the template it was duplicated from (a built-in slug or another own template), title as it was then
      based_on_id TEXT,
      based_on_title TEXT,
      created_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL,
      -- archived templates are listed but cannot be assigned or edited; nothing is ever deleted
      archived_at BIGINT
    );
    CREATE INDEX practice_templates_by_practice ON practice_templates (practice_id, created_at);
    CREATE TABLE practice_template_versions (
      template_id TEXT NOT NULL REFERENCES practice_templates(id),
      version INTEGER NOT NULL,
      title TEXT NOT NULL,
      purpose TEXT NOT NULL,
      description TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('worksheet', 'journaling', 'goal-setting')),
      -- JSON arrays of ids and words
      approaches TEXT NOT NULL,
      topics TEXT NOT NULL,
      tags TEXT NOT NULL,
      estimated_minutes INTEGER NOT NULL,
      -- Tiptap JSON, checked against the worksheet schema before it is stored
      content TEXT NOT NULL,
      saved_at BIGINT NOT NULL,
      saved_by TEXT REFERENCES users(id),
      PRIMARY KEY (template_id, version)
    );
    `,
  ),
];

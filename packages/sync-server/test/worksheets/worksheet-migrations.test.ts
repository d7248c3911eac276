import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { openDatabase } from '../../src/database/open-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';

test('worksheets assigned before drafts existed count as sent; older practices keep UTC as their day', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-migrations-'));
  const before = serverMigrations.filter(
    (migration) =>
      !['worksheets-001-sent-at', 'worksheets-002-note', 'accounts-003-practice-time-zone'].includes(
        migration.id,
      ),
  );
  const old = openDatabase(dataDir, { synchronous: 'NORMAL', migrations: before });
  old.exec(`
    INSERT INTO practices (id, name, crisis_text, created_at) VALUES ('p', 'Practice', 'Call', 1);
    INSERT INTO users (id, practice_id, role, email, display_name, created_at) VALUES
      ('t', 'p', 'therapist', 't@example.test', 'T', 1), ('c', 'p', 'client', 'c@example.test', 'C', 1);
    INSERT INTO worksheets (id, client_id, therapist_id, title, kind, template_id, template_version, assigned_at)
      VALUES ('w', 'c', 't', 'Thought record', 'worksheet', 'thought-record', 1, 42);
  `);
  old.close();

  const db = openDatabase(dataDir, { synchronous: 'NORMAL', migrations: serverMigrations });
  expect(db.prepare('SELECT sent_at, note FROM worksheets').get()).toEqual({ sent_at: 42, note: null });
  expect(db.prepare('SELECT time_zone FROM practices').get()).toEqual({ time_zone: 'UTC' });
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { doc, paragraph } from '@interlude/schema';
import { afterEach, expect, test } from 'vitest';
import { openDatabase } from '../../src/database/open-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';
import { SqliteSqlDatabase } from '../../src/database/sqlite-sql-database.js';
import { PracticeStore } from '../../src/people/practice-store.js';
import { UserStore } from '../../src/people/user-store.js';
import type { TemplateDetails } from '../../src/templates/practice-template.js';
import { PracticeTemplateStore } from '../../src/templates/practice-template-store.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-templates-'));
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const open = () => openDatabase(dataDir, { synchronous: 'FULL', migrations: serverMigrations });

const details = (title: string): TemplateDetails => ({
  title,
  purpose: 'Notice the evening.',
  description: '',
  kind: 'journaling',
  approaches: ['cbt'],
  topics: ['mood'],
  estimatedMinutes: 5,
  tags: ['evening'],
  content: doc(paragraph(title)),
});

test('a reopened database keeps every version, the current one and the archive state', async () => {
  let now = 1_000;
  const db = open();
  const sql = new SqliteSqlDatabase(db);
  const practice = await new PracticeStore(sql, () => now).create('Practice');
  const therapist = await new UserStore(sql, () => now).create({
    practiceId: practice.id,
    role: 'therapist',
    email: 'dana@example.test',
    displayName: 'Dana',
    passwordHash: null,
  });
  const store = new PracticeTemplateStore(db, () => now);
  store.create({
    id: 'tpl_one',
    practiceId: practice.id,
    basedOn: { id: 'thought-record', title: 'Thought record' },
    details: details('First'),
    savedBy: therapist.id,
  });
  now = 2_000;
  store.saveVersion(practice.id, 'tpl_one', details('Second'), therapist.id);
  store.setArchived(practice.id, 'tpl_one', 3_000);
  db.close();

  const reopened = new PracticeTemplateStore(open(), () => now);
  expect(reopened.get(practice.id, 'tpl_one')).toMatchObject({
    version: 2,
    title: 'Second',
    createdAt: 1_000,
    updatedAt: 2_000,
    archivedAt: 3_000,
    basedOn: { id: 'thought-record', title: 'Thought record' },
    content: doc(paragraph('Second')),
  });
  expect(reopened.getVersion(practice.id, 'tpl_one', 1)).toMatchObject({ title: 'First', updatedAt: 1_000 });
  expect(reopened.get('another-practice', 'tpl_one')).toBeUndefined();
  expect(reopened.listForPractice(practice.id).map((template) => template.id)).toEqual(['tpl_one']);
});

import { doc, paragraph } from '@interlude/schema';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { PracticeStore } from '../../src/people/practice-store.js';
import { UserStore } from '../../src/people/user-store.js';
import type { TemplateDetails } from '../../src/templates/practice-template.js';
import {
  type NewPracticeTemplate,
  PracticeTemplateStore,
} from '../../src/templates/practice-template-store.js';
import { postgresTemplateMigrations, templateMigrations } from '../../src/templates/template-migrations.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

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

describe.each(sqlDialects)('PracticeTemplateStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let now: number;
  let store: PracticeTemplateStore;
  let practiceId: string;
  let therapistId: string;
  const template = (id: string, title = 'First'): NewPracticeTemplate => ({
    id,
    practiceId,
    basedOn: null,
    details: details(title),
    savedBy: therapistId,
  });
  beforeEach(async () => {
    opened = await open({
      sqlite: [...peopleMigrations, ...templateMigrations],
      postgres: [...postgresPeopleMigrations, ...postgresTemplateMigrations],
    });
    now = 1_000;
    practiceId = (await new PracticeStore(opened.sql, () => now).create('Practice')).id;
    therapistId = (
      await new UserStore(opened.sql, () => now).create({
        practiceId,
        role: 'therapist',
        email: 'dana@example.test',
        displayName: 'Dana',
        passwordHash: null,
      })
    ).id;
    store = new PracticeTemplateStore(opened.sql, () => now);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a new store over the same database finds every version, the current one and the archive state', async () => {
    await store.create({
      ...template('tpl_one'),
      basedOn: { id: 'thought-record', title: 'Thought record' },
    });
    now = 2_000;
    await store.saveVersion(practiceId, 'tpl_one', details('Second'), therapistId);
    await store.setArchived(practiceId, 'tpl_one', 3_000);

    const fresh = new PracticeTemplateStore(opened.sql, () => now);
    expect(await fresh.get(practiceId, 'tpl_one')).toMatchObject({
      version: 2,
      title: 'Second',
      createdAt: 1_000,
      updatedAt: 2_000,
      archivedAt: 3_000,
      basedOn: { id: 'thought-record', title: 'Thought record' },
      approaches: ['cbt'],
      topics: ['mood'],
      tags: ['evening'],
      estimatedMinutes: 5,
      content: doc(paragraph('Second')),
    });
    expect(await fresh.getVersion(practiceId, 'tpl_one', 1)).toMatchObject({
      title: 'First',
      updatedAt: 1_000,
    });
    expect(await fresh.get('another-practice', 'tpl_one')).toBeUndefined();
    expect((await fresh.listForPractice(practiceId)).map((each) => each.id)).toEqual(['tpl_one']);
  });

  test('restoring clears the archive time and keeps the version', async () => {
    await store.create(template('tpl_one'));
    await store.setArchived(practiceId, 'tpl_one', 3_000);
    expect(await store.setArchived(practiceId, 'tpl_one', null)).toMatchObject({
      archivedAt: null,
      version: 1,
    });
  });

  test("the list is the practice's current versions, oldest first, archived ones too", async () => {
    now = 2_000;
    await store.create(template('tpl_b', 'Later'));
    now = 1_000;
    await store.create(template('tpl_z', 'Earliest'));
    await store.create(template('tpl_a', 'Earliest too'));
    await store.saveVersion(practiceId, 'tpl_z', details('Earliest, edited'), therapistId);
    await store.setArchived(practiceId, 'tpl_b', 5_000);
    const listed = await store.listForPractice(practiceId);
    expect(listed.map(({ id, title, version }) => ({ id, title, version }))).toEqual([
      { id: 'tpl_a', title: 'Earliest too', version: 1 },
      { id: 'tpl_z', title: 'Earliest, edited', version: 2 },
      { id: 'tpl_b', title: 'Later', version: 1 },
    ]);
    expect(await store.listForPractice('another-practice')).toEqual([]);
  });

  test("another practice's template cannot be saved or archived through this one", async () => {
    await store.create(template('tpl_one'));
    await expect(
      store.saveVersion('another-practice', 'tpl_one', details('Taken'), therapistId),
    ).rejects.toThrow('No template tpl_one in practice another-practice');
    expect(await store.setArchived('another-practice', 'tpl_one', 3_000)).toBeUndefined();
    expect(await store.get(practiceId, 'tpl_one')).toMatchObject({
      version: 1,
      title: 'First',
      archivedAt: null,
    });
    expect(await store.getVersion(practiceId, 'tpl_one', 2)).toBeUndefined();
  });

  test('two saves at once take consecutive versions and keep both', async () => {
    await store.create(template('tpl_one'));
    const saves = await Promise.all([
      store.saveVersion(practiceId, 'tpl_one', details('One edit'), therapistId),
      store.saveVersion(practiceId, 'tpl_one', details('Another edit'), therapistId),
    ]);
    expect(saves.map((saved) => saved.version).sort()).toEqual([2, 3]);
    const titles = [
      (await store.getVersion(practiceId, 'tpl_one', 2))?.title,
      (await store.getVersion(practiceId, 'tpl_one', 3))?.title,
    ];
    expect(titles.sort()).toEqual(['Another edit', 'One edit']);
    expect((await store.get(practiceId, 'tpl_one'))?.version).toBe(3);
  });

  test('a template created or saved in a transaction that fails is not stored', async () => {
    await store.create(template('tpl_kept'));
    await expect(
      opened.sql.transaction(async (tx) => {
        await store.in(tx).create(template('tpl_gone'));
        await store.in(tx).saveVersion(practiceId, 'tpl_kept', details('Rolled back'), therapistId);
        expect((await store.in(tx).get(practiceId, 'tpl_kept'))?.title).toBe('Rolled back');
        throw new Error('audit failed');
      }),
    ).rejects.toThrow('audit failed');
    expect(await store.get(practiceId, 'tpl_gone')).toBeUndefined();
    expect(await store.get(practiceId, 'tpl_kept')).toMatchObject({ version: 1, title: 'First' });
    expect(await opened.sql.query('SELECT version FROM practice_template_versions')).toHaveLength(1);
  });

  test('creating is all or nothing: a first version that cannot be stored leaves no template row', async () => {
    // saved_by must name a user: the version's insert fails after the template's row was written.
    await expect(store.create({ ...template('tpl_one'), savedBy: 'no-such-user' })).rejects.toThrow();
    expect(await store.get(practiceId, 'tpl_one')).toBeUndefined();
    expect(await opened.sql.query('SELECT id FROM practice_templates')).toEqual([]);
  });
});

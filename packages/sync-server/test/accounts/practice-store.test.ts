import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { defaultCrisisText, PracticeStore } from '../../src/people/practice-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('PracticeStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let practices: PracticeStore;
  beforeEach(async () => {
    opened = await open({ sqlite: peopleMigrations, postgres: postgresPeopleMigrations });
    practices = new PracticeStore(opened.sql, () => 1_000);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a new practice has the default crisis text and UTC, and reads back as created', async () => {
    expect(await practices.isEmpty()).toBe(true);
    const practice = await practices.create('Harbour Therapy');
    expect(practice).toMatchObject({
      name: 'Harbour Therapy',
      crisisText: defaultCrisisText,
      timeZone: 'UTC',
    });
    expect(await practices.get(practice.id)).toEqual(practice);
    expect(await practices.isEmpty()).toBe(false);
    expect(await practices.get('no-such-practice')).toBeUndefined();
  });

  test('an update changes only the fields given', async () => {
    const practice = await practices.create('Harbour Therapy', 'Call 999.');
    const updated = await practices.update(practice.id, { timeZone: 'Europe/London' });
    expect(updated).toEqual({ ...practice, timeZone: 'Europe/London' });
    expect(await practices.get(practice.id)).toEqual(updated);
    await expect(practices.update('no-such-practice', { name: 'x' })).rejects.toThrow(/does not exist/);
  });

  test('inside a transaction that fails, nothing is kept', async () => {
    await expect(
      opened.sql.transaction(async (tx) => {
        await practices.in(tx).create('Never kept');
        throw new Error('the therapist row was refused');
      }),
    ).rejects.toThrow('refused');
    expect(await practices.isEmpty()).toBe(true);
  });
});

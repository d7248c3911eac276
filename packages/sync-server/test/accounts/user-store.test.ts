import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { PracticeStore } from '../../src/people/practice-store.js';
import { EmailInUseError, UserStore } from '../../src/people/user-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('UserStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let users: UserStore;
  let practiceId: string;
  beforeEach(async () => {
    opened = await open({ sqlite: peopleMigrations, postgres: postgresPeopleMigrations });
    users = new UserStore(opened.sql, () => 1_000);
    practiceId = (await new PracticeStore(opened.sql, () => 1_000).create('Practice')).id;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  const dana = () => ({
    practiceId,
    role: 'therapist' as const,
    email: '  Dana@Example.TEST ',
    displayName: 'Dana',
    passwordHash: 'scrypt$hash',
  });

  test('emails are stored trimmed and lower-cased and found whatever their case', async () => {
    const created = await users.create(dana());
    expect(created).toMatchObject({ email: 'dana@example.test', role: 'therapist', practiceId });
    expect(await users.findByEmail('DANA@example.test')).toEqual({ ...created, passwordHash: 'scrypt$hash' });
    expect(await users.get(created.id)).toEqual({ ...created, passwordHash: 'scrypt$hash' });
    expect(await users.emailInUse('dana@EXAMPLE.test')).toBe(true);
    expect(await users.emailInUse('eli@example.test')).toBe(false);
    expect(await users.get('no-such-user')).toBeUndefined();
  });

  test('a second account with the same email is refused by the database with EmailInUseError', async () => {
    await users.create(dana());
    await expect(users.create({ ...dana(), email: 'dana@example.test' })).rejects.toThrow(EmailInUseError);
  });

  test('a new password hash replaces the old one', async () => {
    const created = await users.create({ ...dana(), passwordHash: null });
    await users.setPasswordHash(created.id, 'scrypt$new');
    expect((await users.get(created.id))?.passwordHash).toBe('scrypt$new');
  });

  test('a refused email inside a transaction rolls back the practice written before it', async () => {
    await users.create(dana());
    await expect(
      opened.sql.transaction(async (tx) => {
        const practice = await new PracticeStore(tx, () => 2_000).create('Second practice');
        await users.in(tx).create({ ...dana(), practiceId: practice.id });
      }),
    ).rejects.toThrow(EmailInUseError);
    expect(await opened.sql.query('SELECT name FROM practices')).toEqual([{ name: 'Practice' }]);
  });
});

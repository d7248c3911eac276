import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ClientStore } from '../../src/people/client-store.js';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { PracticeStore } from '../../src/people/practice-store.js';
import { UserStore } from '../../src/people/user-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('ClientStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let clients: ClientStore;
  let person: (role: 'therapist' | 'client', displayName: string) => Promise<string>;
  beforeEach(async () => {
    opened = await open({ sqlite: peopleMigrations, postgres: postgresPeopleMigrations });
    clients = new ClientStore(opened.sql, () => 7_000);
    const practiceId = (await new PracticeStore(opened.sql, () => 1).create('Practice')).id;
    const users = new UserStore(opened.sql, () => 1);
    person = async (role, displayName) =>
      (
        await users.create({
          practiceId,
          role,
          email: `${displayName.toLowerCase()}@example.test`,
          displayName,
          passwordHash: null,
        })
      ).id;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a new client is invited with full access, seen only by their own therapist', async () => {
    const dana = await person('therapist', 'Dana');
    const other = await person('therapist', 'Other');
    const eli = await person('client', 'Eli');
    await clients.create(eli, dana);
    expect(await clients.get(eli)).toMatchObject({
      userId: eli,
      therapistId: dana,
      displayName: 'Eli',
      email: 'eli@example.test',
      status: 'invited',
      access: 'full',
      archivedAt: null,
    });
    expect(await clients.getForTherapist(eli, dana)).toBeDefined();
    expect(await clients.getForTherapist(eli, other)).toBeUndefined();
  });

  test('joining makes an invited client active; archiving keeps the chosen access and when', async () => {
    const dana = await person('therapist', 'Dana');
    const eli = await person('client', 'Eli');
    await clients.create(eli, dana);
    await clients.markActive(eli);
    expect((await clients.get(eli))?.status).toBe('active');
    await clients.archive(eli, 'read-only');
    expect(await clients.get(eli)).toMatchObject({
      status: 'archived',
      access: 'read-only',
      archivedAt: 7_000,
    });
    // An archived client does not become active again by joining.
    await clients.markActive(eli);
    expect((await clients.get(eli))?.status).toBe('archived');
  });

  test("a therapist's clients are listed by name, whatever its case", async () => {
    const dana = await person('therapist', 'Dana');
    for (const name of ['bea', 'Cal', 'Ann']) await clients.create(await person('client', name), dana);
    expect((await clients.listForTherapist(dana)).map((client) => client.displayName)).toEqual([
      'Ann',
      'bea',
      'Cal',
    ]);
  });
});

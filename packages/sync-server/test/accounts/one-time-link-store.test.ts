import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { linkLifetimeMs, OneTimeLinkStore } from '../../src/people/one-time-link-store.js';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { PracticeStore } from '../../src/people/practice-store.js';
import { UserStore } from '../../src/people/user-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('OneTimeLinkStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let now: number;
  let links: OneTimeLinkStore;
  let userId: string;
  beforeEach(async () => {
    opened = await open({ sqlite: peopleMigrations, postgres: postgresPeopleMigrations });
    now = 1_000_000;
    const clock = () => now;
    links = OneTimeLinkStore.on(opened.sql, clock);
    const practice = await new PracticeStore(opened.sql, clock).create('Practice');
    userId = (
      await new UserStore(opened.sql, clock).create({
        practiceId: practice.id,
        role: 'client',
        email: 'eli@example.test',
        displayName: 'Eli',
        passwordHash: null,
      })
    ).id;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a link is valid once: the first consume wins and later lookups say used', async () => {
    const { token, expiresAt } = await links.issue('invitation', userId);
    expect(expiresAt).toBe(now + linkLifetimeMs.invitation);
    const found = await links.lookup('invitation', token);
    expect(found).toMatchObject({ state: 'valid', userId });
    if (found.state !== 'valid') return;
    expect(await links.consume(found.tokenHash)).toBe(true);
    expect(await links.consume(found.tokenHash)).toBe(false);
    expect(await links.lookup('invitation', token)).toEqual({ state: 'used', userId });
    // A token is only good for its own purpose.
    expect(await links.lookup('password-reset', token)).toEqual({ state: 'missing' });
  });

  test('a newer link of the same purpose replaces the older; expiry and revocation read as expired', async () => {
    const first = await links.issue('password-reset', userId);
    const invitation = await links.issue('invitation', userId);
    const second = await links.issue('password-reset', userId);
    expect(await links.lookup('password-reset', first.token)).toEqual({ state: 'expired', userId });
    expect((await links.lookup('password-reset', second.token)).state).toBe('valid');
    expect((await links.lookup('invitation', invitation.token)).state).toBe('valid');
    await links.revokeAllForUser(userId);
    expect(await links.lookup('invitation', invitation.token)).toEqual({ state: 'expired', userId });
    const third = await links.issue('password-reset', userId);
    now = third.expiresAt;
    expect(await links.lookup('password-reset', third.token)).toEqual({ state: 'expired', userId });
  });

  test('issued inside a transaction that fails, a link neither exists nor revokes the one before', async () => {
    const kept = await links.issue('invitation', userId);
    let issued = '';
    await expect(
      opened.sql.transaction(async (tx) => {
        issued = (await links.in(tx).issue('invitation', userId)).token;
        throw new Error('the client row was refused');
      }),
    ).rejects.toThrow('refused');
    expect(await links.lookup('invitation', issued)).toEqual({ state: 'missing' });
    expect((await links.lookup('invitation', kept.token)).state).toBe('valid');
  });
});

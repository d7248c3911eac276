import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { PracticeStore } from '../../src/people/practice-store.js';
import { SessionStore } from '../../src/people/session-store.js';
import { UserStore } from '../../src/people/user-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

const MINUTE = 60_000;
const policy = { idleTimeoutMs: 30 * MINUTE, absoluteTimeoutMs: 120 * MINUTE };

describe.each(sqlDialects)('SessionStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let now: number;
  let sessions: SessionStore;
  let userId: string;
  let otherUserId: string;
  beforeEach(async () => {
    opened = await open({ sqlite: peopleMigrations, postgres: postgresPeopleMigrations });
    now = 1_000_000;
    const clock = () => now;
    sessions = new SessionStore(opened.sql, clock, policy);
    const practice = await new PracticeStore(opened.sql, clock).create('Practice');
    const users = new UserStore(opened.sql, clock);
    const person = (email: string) =>
      users.create({
        practiceId: practice.id,
        role: 'therapist',
        email,
        displayName: email,
        passwordHash: null,
      });
    userId = (await person('dana@example.test')).id;
    otherUserId = (await person('eli@example.test')).id;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('only the hash of the token is stored, and the token resolves to its session', async () => {
    const { token, session } = await sessions.create(userId);
    expect(await opened.sql.query('SELECT token_hash FROM sessions')).toEqual([{ token_hash: session.id }]);
    expect(session.id).not.toBe(token);
    expect(await sessions.resolve(token)).toEqual({ id: session.id, userId, createdAt: now });
    expect(await sessions.resolve('not-a-token')).toBeUndefined();
  });

  test('a session unused for the idle timeout ends; checking an open socket against it is not use', async () => {
    const { token, session } = await sessions.create(userId);
    now += 25 * MINUTE;
    expect(await sessions.resolve(token)).toBeDefined();
    now += 25 * MINUTE;
    expect(await sessions.isLive(session.id)).toBe(true);
    now += 10 * MINUTE;
    expect(await sessions.isLive(session.id)).toBe(false);
    expect(await opened.sql.query('SELECT token_hash FROM sessions')).toEqual([]);
  });

  test('use keeps a session alive only until its absolute timeout', async () => {
    const { token } = await sessions.create(userId);
    for (let step = 0; step < 4; step += 1) {
      now += 25 * MINUTE;
      expect(await sessions.resolve(token)).toBeDefined();
    }
    now += 25 * MINUTE;
    expect(await sessions.resolve(token)).toBeUndefined();
  });

  test('signing out ends one session; deleting all of a user ends theirs and no one else', async () => {
    const first = await sessions.create(userId);
    const second = await sessions.create(userId);
    const other = await sessions.create(otherUserId);
    await sessions.delete(first.session.id);
    expect(await sessions.resolve(first.token)).toBeUndefined();
    expect(await sessions.resolve(second.token)).toBeDefined();
    await sessions.deleteAllForUser(userId);
    expect(await sessions.resolve(second.token)).toBeUndefined();
    expect(await sessions.resolve(other.token)).toBeDefined();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { COMMENTS_MAP } from '@interlude/schema';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { testConfig } from '../../src/config.js';
import { admitEveryUpdate } from '../../src/relay/relay-hooks.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { ServerSession } from '../accounts/server-session.js';
import { SignedInProvider } from './signed-in-provider.js';

/**
 * New comments for the person they are meant for (docs/comments.md N1–N4): the server keeps a row per comment
 * of each worksheet's document, a seen mark per person, and counts the comments that are new to the caller.
 * Comments are written by stock y-websocket providers signed in as therapist and client. The relay's comment
 * rules are plugged into its admission separately; here every update is admitted, so these tests are about
 * what happens after storage.
 */
let server: RunningServer;
let dataDir: string;
let clock: ManualClock;
let therapist: ServerSession;
let client: ServerSession;
let therapistId: string;
let clientId: string;
let worksheetId: string;
const providers: SignedInProvider[] = [];
const password = 'correct horse battery';
const scrypt = { cost: 2 ** 10, blockSize: 8, parallelization: 1 };
const MINUTE = 60_000;

async function boot() {
  server = await startServer(testConfig(dataDir), {
    clock,
    accounts: { scrypt },
    admitUpdate: admitEveryUpdate,
  });
  therapist = new ServerSession(server.url);
  client = new ServerSession(server.url);
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-comments-'));
  clock = new ManualClock(Date.UTC(2026, 11, 6, 9, 0, 0));
  await boot();
  const signedUp = await therapist.call<{ user: { id: string } }>('POST', '/api/auth/signup', {
    displayName: 'Dr Ada',
    email: 'ada@example.test',
    password,
    practiceName: 'Practice',
  });
  therapistId = signedUp.body.user.id;
  const added = await therapist.call<{ client: { id: string }; invitationUrl: string }>(
    'POST',
    '/api/clients',
    {
      displayName: 'Sam',
      email: 'sam@example.test',
    },
  );
  clientId = added.body.client.id;
  const token = added.body.invitationUrl.split('/invite/')[1];
  await client.call('POST', `/api/invitations/${token}/accept`, { password });
  worksheetId = await assign();
});

afterEach(async () => {
  for (const provider of providers.splice(0)) provider.destroy();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function assign(extra: Record<string, unknown> = {}) {
  const assigned = await therapist.call<{ id: string }>('POST', `/api/clients/${clientId}/worksheets`, {
    templateId: 'mood-journal',
    ...extra,
  });
  expect(assigned.status).toBe(201);
  return assigned.body.id;
}

/** Opens the worksheet as `who` and resolves once it is synced. */
async function open(who: 'therapist' | 'client', id = worksheetId) {
  const author =
    who === 'therapist'
      ? { id: therapistId, role: 'therapist' as const, name: 'Dr Ada' }
      : { id: clientId, role: 'client' as const, name: 'Sam' };
  const provider = new SignedInProvider(
    who === 'therapist' ? therapist : client,
    id,
    author,
    () => new Date(clock.now()),
  );
  providers.push(provider);
  await provider.synced();
  return provider;
}

/** Runs `write` and resolves once the relay has stored what it wrote and told its listeners (the rows are kept). */
async function stored<T>(write: () => T): Promise<T> {
  const done = new Promise<void>((resolve) => {
    const stop = server.context.relay.onUpdatesStored(() => {
      stop();
      resolve();
    });
  });
  const result = write();
  await done;
  // The comment rows' listener, told before this one, opened its write transaction when it was told; on SQLite
  // port transactions run in the order they were opened, so one opened now ends after the rows are written.
  await server.context.accounts.inTransaction(async () => {});
  return result;
}

const newCommentsInList = async (session: ServerSession, id = worksheetId) => {
  const list = await session.call<{ id: string; newComments: number }[]>('GET', '/api/worksheets');
  return list.body.find((worksheet) => worksheet.id === id)?.newComments;
};

const clientPage = () =>
  therapist.call<{
    client: { counts: { newComments: number } };
    worksheets: { id: string; newComments: number }[];
  }>('GET', `/api/clients/${clientId}`);

const markSeen = (session: ServerSession, id = worksheetId) =>
  session.call('POST', `/api/worksheets/${id}/comments/seen`);

describe('new comments', () => {
  test('N1: the listener keeps one row per comment, with its first arrival time, and follows deletion', async () => {
    const mine = await open('therapist');
    const start = await stored(() =>
      mine.comments.startThread({ anchor: { kind: 'text' }, body: 'Say more?' }),
    );
    clock.advance(MINUTE);
    const theirs = await open('client');
    const answer = await stored(() => theirs.comments.reply(start.id, 'It felt heavy.'));
    clock.advance(MINUTE);
    await stored(() => theirs.comments.remove(answer.id));

    const t0 = Date.UTC(2026, 11, 6, 9, 0, 0);
    expect(await server.context.accounts.comments.list(worksheetId)).toEqual([
      {
        commentId: start.id,
        threadId: start.id,
        authorId: therapistId,
        createdAt: start.createdAt,
        deletedAt: null,
        storedAt: t0,
      },
      {
        commentId: answer.id,
        threadId: start.id,
        authorId: clientId,
        createdAt: answer.createdAt,
        deletedAt: new Date(t0 + 2 * MINUTE).toISOString(),
        storedAt: t0 + MINUTE,
      },
    ]);
  });

  test('N1: a value that is not a comment gets no row, and later comments still do', async () => {
    const mine = await open('therapist');
    await stored(() => mine.doc.getMap(COMMENTS_MAP).set('junk', { hello: 'world' }));
    const start = await stored(() => mine.comments.startThread({ anchor: { kind: 'text' }, body: 'Hello' }));
    expect((await server.context.accounts.comments.list(worksheetId)).map((row) => row.commentId)).toEqual([
      start.id,
    ]);
  });

  test('N2: each person counts the comments by someone else, not deleted, in both list payloads', async () => {
    const mine = await open('therapist');
    const first = await stored(() => mine.comments.startThread({ anchor: { kind: 'text' }, body: 'One' }));
    await stored(() => mine.comments.startThread({ anchor: { kind: 'node', nodeId: 'days' }, body: 'Two' }));
    expect(await newCommentsInList(client)).toBe(2);
    expect(await newCommentsInList(therapist)).toBe(0);

    const theirs = await open('client');
    const reply = await stored(() => theirs.comments.reply(first.id, 'Reply'));
    expect(await newCommentsInList(therapist)).toBe(1);
    expect((await clientPage()).body.worksheets.find((w) => w.id === worksheetId)?.newComments).toBe(1);
    expect((await clientPage()).body.client.counts.newComments).toBe(1);
    const clients = await therapist.call<{ id: string; counts: { newComments: number } }[]>(
      'GET',
      '/api/clients',
    );
    expect(clients.body.find((entry) => entry.id === clientId)?.counts.newComments).toBe(1);
    const single = await client.call<{ newComments: number }>('GET', `/api/worksheets/${worksheetId}`);
    expect(single.body.newComments).toBe(2);

    await stored(() => theirs.comments.remove(reply.id));
    expect(await newCommentsInList(therapist)).toBe(0);
  });

  test('N3: marking seen clears the count for that person only; what arrives later is new again', async () => {
    const mine = await open('therapist');
    const start = await stored(() => mine.comments.startThread({ anchor: { kind: 'text' }, body: 'One' }));
    const theirs = await open('client');
    await stored(() => theirs.comments.reply(start.id, 'Reply'));
    clock.advance(MINUTE);

    expect((await markSeen(client)).status).toBe(204);
    expect(await newCommentsInList(client)).toBe(0);
    expect(await newCommentsInList(therapist)).toBe(1);

    clock.advance(MINUTE);
    await stored(() => mine.comments.reply(start.id, 'Thank you'));
    expect(await newCommentsInList(client)).toBe(1);
  });

  test('N3: a comment written offline days ago is new when it arrives, whatever its device time', async () => {
    await markSeen(therapist);
    clock.advance(MINUTE);
    // The client's device dates the comment three days back (written offline); the server stores it now.
    const daysAgo = new Date(clock.now() - 3 * 24 * 60 * MINUTE);
    const theirs = new SignedInProvider(
      client,
      worksheetId,
      { id: clientId, role: 'client', name: 'Sam' },
      () => daysAgo,
    );
    providers.push(theirs);
    await theirs.synced();
    const late = await stored(() =>
      theirs.comments.startThread({ anchor: { kind: 'text' }, body: 'From the train' }),
    );
    expect(late.createdAt).toBe(daysAgo.toISOString());
    expect(await newCommentsInList(therapist)).toBe(1);
  });

  test('N4: the seen mark is authorised as opening the worksheet: unknown and others’ worksheets are 404', async () => {
    expect((await markSeen(therapist, 'AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    const draft = await assign({ send: false });
    expect((await markSeen(client, draft)).status).toBe(404);
    expect((await markSeen(therapist, draft)).status).toBe(204);

    const stranger = new ServerSession(server.url);
    await stranger.call('POST', '/api/auth/signup', {
      displayName: 'Other',
      email: 'other@example.test',
      password,
      practiceName: 'Other practice',
    });
    expect((await markSeen(stranger)).status).toBe(404);
    expect((await markSeen(new ServerSession(server.url))).status).toBe(401);
  });

  test('N1: deleting the worksheet deletes its comment rows and seen marks', async () => {
    const mine = await open('therapist');
    await stored(() => mine.comments.startThread({ anchor: { kind: 'text' }, body: 'One' }));
    await markSeen(client);
    for (const provider of providers.splice(0)) provider.destroy();
    expect((await therapist.call('DELETE', `/api/worksheets/${worksheetId}`)).status).toBe(204);
    const db = server.context.db;
    const left = (table: string) =>
      db.prepare(`SELECT count(*) AS n FROM ${table} WHERE worksheet_id = ?`).get(worksheetId) as {
        n: number;
      };
    expect(left('worksheet_comments').n).toBe(0);
    expect(left('worksheet_comments_seen').n).toBe(0);
  });

  test('N1: rows and seen marks survive a restart without a second arrival time', async () => {
    const mine = await open('therapist');
    const start = await stored(() => mine.comments.startThread({ anchor: { kind: 'text' }, body: 'One' }));
    clock.advance(MINUTE);
    await markSeen(client);
    const before = await server.context.accounts.comments.list(worksheetId);
    for (const provider of providers.splice(0)) provider.destroy();
    await server.close();
    clock.advance(10 * MINUTE);
    const cookies = [therapist.cookie, client.cookie];
    await boot();
    [therapist.cookie, client.cookie] = cookies;
    expect(await newCommentsInList(client)).toBe(0);

    // The reloaded document is read whole by the listener on its first stored update.
    const theirs = await open('client');
    await stored(() => theirs.comments.reply(start.id, 'After the restart'));
    const after = await server.context.accounts.comments.list(worksheetId);
    expect(after[0]).toEqual(before[0]);
    expect(after).toHaveLength(2);
    expect(await newCommentsInList(therapist)).toBe(1);
    expect(await newCommentsInList(client)).toBe(0);
  });
});

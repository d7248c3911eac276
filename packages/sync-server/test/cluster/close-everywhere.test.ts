import { META_MAP } from '@interlude/schema';
import { CloseCode, encodeSyncUpdate } from '@interlude/schema/sync';
import { afterEach, describe, expect, inject, test } from 'vitest';
import * as Y from 'yjs';
import type { RunningServer, StartServerOptions } from '../../src/server.js';
import { signUpPracticeWithClient } from '../accounts/practice-with-client.js';
import { ServerSession, type WorksheetSocket } from '../accounts/server-session.js';
import { ClusterHarness, clusterStorages, type SharedStorage } from '../helpers/cluster-harness.js';
import { ControlledDocumentStore } from '../helpers/controlled-document-store.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const password = 'correct horse battery';

/** Two instances with the real accounts (session cookies, the accounts' authorizer) on shared storage. */
async function practiceOnTwoInstances(storage: SharedStorage, secondOptions: StartServerOptions = {}) {
  const cluster = await ClusterHarness.start(storage);
  cleanups.push(() => cluster.dispose());
  const withAccounts = {
    // undefined: the server's own authorizer (session cookie, Origin, ownership), not the test one.
    authorizeWorksheet: undefined,
    accounts: {
      scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 },
      signInPerAccount: { maxAttempts: 3, windowMs: 15 * 60_000 },
    },
  };
  const first = await cluster.startServer(withAccounts);
  const second = await cluster.startServer({ ...withAccounts, ...secondOptions });
  const { therapist, client, clientId } = await signUpPracticeWithClient(first);
  const assigned = await therapist.call<{ id: string }>('POST', `/api/clients/${clientId}/worksheets`, {
    templateId: 'thought-record',
  });
  expect(assigned.status).toBe(201);
  return { cluster, first, second, therapist, client, clientId, worksheetId: assigned.body.id };
}

/** The same signed-in browser reaching another instance (the proxy chose it): same cookie, that origin. */
function through(server: RunningServer, session: ServerSession): ServerSession {
  const elsewhere = new ServerSession(server.url);
  elsewhere.cookie = session.cookie;
  return elsewhere;
}

function open(session: ServerSession, worksheetId: string): WorksheetSocket {
  const socket = session.openWorksheet(worksheetId);
  cleanups.push(() => socket.close());
  return socket;
}

describe.each(clusterStorages(() => inject('postgresUrl')))('on $name', ({ make }) => {
  test('B6: access ended on one instance closes the client on the other with 4403', async () => {
    const { first, second, therapist, client, clientId, worksheetId } = await practiceOnTwoInstances(
      await make(),
    );
    const socket = open(through(second, client), worksheetId);
    await socket.firstFrame;
    const archived = await therapist.call('POST', `/api/clients/${clientId}/archive`, {
      clientAccess: 'none',
    });
    expect(archived.status).toBe(200);
    expect((await socket.closed).code).toBe(CloseCode.refused);
    expect(first.context.relay.connectionCount).toBe(0);
  });

  test('B6: signing out on one instance closes that session on the other with 4401', async () => {
    const { first, second, client, worksheetId } = await practiceOnTwoInstances(await make());
    const elsewhere = open(through(second, client), worksheetId);
    const here = open(client, worksheetId);
    await Promise.all([elsewhere.firstFrame, here.firstFrame]);
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await elsewhere.closed).code).toBe(CloseCode.notSignedIn);
    expect((await here.closed).code).toBe(CloseCode.notSignedIn);
    expect(first.context.relay.connectionCount + second.context.relay.connectionCount).toBe(0);
  });

  test('B6: deleting a worksheet on one instance closes its sockets on the other with 4404', async () => {
    const { second, therapist, client, worksheetId } = await practiceOnTwoInstances(await make());
    const socket = open(through(second, client), worksheetId);
    await socket.firstFrame;
    expect((await therapist.call('DELETE', `/api/worksheets/${worksheetId}`)).status).toBe(204);
    expect((await socket.closed).code).toBe(CloseCode.notFound);
  });

  test('B12: what the other instance was still storing when the worksheet was deleted is removed there too', async () => {
    const storage = await make();
    const held = new ControlledDocumentStore(storage.openDocumentStore());
    const { second, therapist, worksheetId } = await practiceOnTwoInstances(storage, {
      documentStore: held,
    });
    const socket = open(through(second, therapist), worksheetId);
    await socket.firstFrame;
    // The therapist renames the worksheet through the second instance, whose write is still in flight…
    const gate = held.holdAppends();
    const rename = new Y.Doc();
    rename.getMap(META_MAP).set('title', 'Renamed just before the delete');
    socket.send(encodeSyncUpdate(Y.encodeStateAsUpdate(rename)));
    await gate.reached();
    // …when the worksheet is deleted through the first, which removes the document before that write lands.
    expect((await therapist.call('DELETE', `/api/worksheets/${worksheetId}`)).status).toBe(204);
    expect((await socket.closed).code).toBe(CloseCode.notFound);
    gate.open();
    // The late write lands after the delete…
    await second.context.relay.flushed();
    expect(held.batches.flat().map((write) => write.documentId)).toContain(worksheetId);
    // …and is removed on its instance (the test times out if it never is).
    const reader = storage.openDocumentStore();
    const leftOver = async () =>
      (await reader.load(worksheetId)) !== null || (await reader.provenanceSummary(worksheetId)).length > 0;
    while (await leftOver()) await new Promise((resolve) => setTimeout(resolve, 20));
  });

  test('B10: failed sign-ins count across instances', async () => {
    const { first, second } = await practiceOnTwoInstances(await make());
    const attempt = (server: RunningServer) =>
      new ServerSession(server.url).call('POST', '/api/auth/login', {
        email: 'client@example.test',
        password: 'wrong password',
      });
    // The account allows three failures in the window, wherever they land.
    expect((await attempt(first)).status).toBe(401);
    expect((await attempt(second)).status).toBe(401);
    expect((await attempt(first)).status).toBe(401);
    expect((await attempt(second)).status).toBe(429);
    expect((await attempt(first)).status).toBe(429);
    // Even the right password waits now.
    const right = await new ServerSession(second.url).call('POST', '/api/auth/login', {
      email: 'client@example.test',
      password,
    });
    expect(right.status).toBe(429);
  });

  test('B10: with Redis away signing in is paused (503, try again), never let through uncounted', async () => {
    const { cluster, second } = await practiceOnTwoInstances(await make());
    const signIn = () =>
      new ServerSession(second.url).call<{ error?: { code: string } }>('POST', '/api/auth/login', {
        email: 'client@example.test',
        password,
      });
    await cluster.redis.kill();
    const paused = await signIn();
    expect(paused.status).toBe(503);
    expect(paused.body.error?.code).toBe('sign-in-paused');
    await cluster.redis.restart();
    // The instance reconnects by itself, within a second or so.
    let answer = await signIn();
    while (answer.status === 503) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await signIn();
    }
    expect(answer.status).toBe(200);
    expect(cluster.logger.errors).toEqual([]);
  });
});

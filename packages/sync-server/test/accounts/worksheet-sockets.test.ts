import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CloseCode, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate } from '@interlude/schema/sync';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ServerSession, type WorksheetSocket } from './server-session.js';

/**
 * The WebSocket upgrade uses the same session cookie and access rules as the API; ending access,
 * changing it or signing out closes the sockets concerned at once.
 */
let server: RunningServer;
let dataDir: string;
let therapist: ServerSession;
let client: ServerSession;
let otherClient: ServerSession;
let clientId: string;
let worksheetId: string;
let otherWorksheetId: string;
const sockets: WorksheetSocket[] = [];

const password = 'correct horse battery';

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-sockets-'));
  server = await startServer(testConfig(dataDir), {
    accounts: { scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 } },
  });
  therapist = new ServerSession(server.url);
  await therapist.call('POST', '/api/auth/signup', {
    displayName: 'Therapist',
    email: 'therapist@example.test',
    password,
    practiceName: 'Practice',
  });
  const invite = async (email: string) => {
    const added = await therapist.call<{ client: { id: string }; invitationUrl: string }>(
      'POST',
      '/api/clients',
      {
        displayName: email,
        email,
      },
    );
    const session = new ServerSession(server.url);
    const token = added.body.invitationUrl.split('/invite/')[1];
    await session.call('POST', `/api/invitations/${token}/accept`, { password });
    const assigned = await therapist.call<{ id: string }>(
      'POST',
      `/api/clients/${added.body.client.id}/worksheets`,
      {
        templateId: 'thought-record',
      },
    );
    expect(assigned.status).toBe(201);
    return { session, id: added.body.client.id, worksheetId: assigned.body.id };
  };
  const first = await invite('client@example.test');
  const second = await invite('other@example.test');
  client = first.session;
  clientId = first.id;
  worksheetId = first.worksheetId;
  otherClient = second.session;
  otherWorksheetId = second.worksheetId;
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function open(session: ServerSession, id: string, origin?: string | null): WorksheetSocket {
  const socket = origin === undefined ? session.openWorksheet(id) : session.openWorksheet(id, origin);
  sockets.push(socket);
  return socket;
}

describe('upgrade decisions', () => {
  test('no session: 4401', async () => {
    const anonymous = new ServerSession(server.url);
    expect((await open(anonymous, worksheetId).closed).code).toBe(CloseCode.notSignedIn);
  });

  test('a foreign or missing Origin: 4403', async () => {
    expect((await open(client, worksheetId, 'https://evil.example').closed).code).toBe(CloseCode.refused);
    expect((await open(client, worksheetId, null).closed).code).toBe(CloseCode.refused);
  });

  test("someone else's worksheet and a missing one are both 4404", async () => {
    expect((await open(client, otherWorksheetId).closed).code).toBe(CloseCode.notFound);
    expect((await open(client, 'AAAAAAAAAAAAAAAAAAAAAA').closed).code).toBe(CloseCode.notFound);
  });

  test('the client and their therapist may open the worksheet', async () => {
    expect((await open(client, worksheetId).firstFrame)[0]).toBe(0);
    expect((await open(therapist, worksheetId).firstFrame)[0]).toBe(0);
    expect((await open(therapist, otherWorksheetId).firstFrame)[0]).toBe(0);
  });

  test('refusals are written to the audit log', async () => {
    await open(client, otherWorksheetId).closed;
    const audit = await therapist.call<{ action: string; details: { denied?: string } }[]>(
      'GET',
      '/api/audit',
    );
    expect(
      audit.body.some((entry) => entry.action === 'access-refused' && entry.details.denied === 'not-found'),
    ).toBe(true);
  });
});

describe('drafts', () => {
  test('a draft closes 4404 for its client, opens for the therapist, and opens for the client once sent', async () => {
    const draft = await therapist.call<{ id: string }>('POST', `/api/clients/${clientId}/worksheets`, {
      templateId: 'thought-record',
      send: false,
    });
    expect(draft.status).toBe(201);
    const refused = await open(client, draft.body.id).closed;
    expect(refused).toEqual(await open(client, 'AAAAAAAAAAAAAAAAAAAAAA').closed);
    expect(refused.code).toBe(CloseCode.notFound);
    expect((await open(therapist, draft.body.id).firstFrame)[0]).toBe(0);

    expect((await therapist.call('POST', `/api/worksheets/${draft.body.id}/send`)).status).toBe(200);
    expect((await open(client, draft.body.id).firstFrame)[0]).toBe(0);
  });
});

describe('closing sockets when access ends or changes', () => {
  test('archiving with no access closes the client socket with 4403 and a reconnect gets 4401', async () => {
    const socket = open(client, worksheetId);
    await socket.firstFrame;
    const archived = await therapist.call('POST', `/api/clients/${clientId}/archive`, {
      clientAccess: 'none',
    });
    expect(archived.status).toBe(200);
    expect((await socket.closed).code).toBe(CloseCode.refused);
    expect((await open(client, worksheetId).closed).code).toBe(CloseCode.notSignedIn);
  });

  test('archiving read-only makes the client reconnect (1012) and come back read-only', async () => {
    const socket = open(client, worksheetId);
    await socket.firstFrame;
    await therapist.call('POST', `/api/clients/${clientId}/archive`, { clientAccess: 'read-only' });
    expect((await socket.closed).code).toBe(CloseCode.serverRestart);
    // A read-only peer is not asked for its state; it gets the document by asking (sync step 1).
    const again = open(client, worksheetId);
    await new Promise<void>((resolve) => again.socket.once('open', () => resolve()));
    again.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    expect((await again.firstFrame)[0]).toBe(0);
    // A write on it is refused with a final code (the client keeps its unsent work; see docs/security.md).
    const edit = new Y.Doc();
    edit.getMap('meta').set('handedInAt', '2026-01-05T10:00:00.000Z');
    again.send(encodeSyncUpdate(Y.encodeStateAsUpdate(edit)));
    expect((await again.closed).code).toBe(CloseCode.refused);
    const worksheet = await client.call<{ readOnly: boolean }>('GET', `/api/worksheets/${worksheetId}`);
    expect(worksheet.body.readOnly).toBe(true);
  });

  test('signing out closes the sockets of that session with 4401, not those of another session', async () => {
    const secondDevice = new ServerSession(server.url);
    await secondDevice.call('POST', '/api/auth/login', { email: 'client@example.test', password });
    const first = open(client, worksheetId);
    const second = open(secondDevice, worksheetId);
    await Promise.all([first.firstFrame, second.firstFrame]);

    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await first.closed).code).toBe(CloseCode.notSignedIn);
    // The other device still works: it can fetch and its socket answers.
    expect((await secondDevice.call('GET', '/api/me')).status).toBe(200);
    expect(second.socket.readyState).toBe(second.socket.OPEN);
  });

  test('deleting a worksheet closes its sockets with 4404', async () => {
    const socket = open(client, worksheetId);
    await socket.firstFrame;
    expect((await therapist.call('DELETE', `/api/worksheets/${worksheetId}`)).status).toBe(204);
    expect((await socket.closed).code).toBe(CloseCode.notFound);
    expect((await otherClient.call('GET', `/api/worksheets/${worksheetId}`)).status).toBe(404);
  });
});

describe('progress and audit from the relay', () => {
  test("a client's stored edit starts the worksheet; meta.handedInAt hands it in", async () => {
    const stored = new Promise<void>((resolve) => {
      const stop = server.context.relay.onUpdatesStored((event) => {
        if (event.provenance.role !== 'client') return;
        stop();
        resolve();
      });
    });
    const socket = open(client, worksheetId);
    await socket.firstFrame;
    const doc = new Y.Doc();
    doc.getMap('meta').set('handedInAt', '2026-01-05T10:00:00.000Z');
    socket.send(encodeSyncUpdate(Y.encodeStateAsUpdate(doc)));
    await stored;

    const worksheet = await therapist.call<{
      status: string;
      startedAt: string | null;
      handedInAt: string | null;
    }>('GET', `/api/worksheets/${worksheetId}`);
    expect(worksheet.body.startedAt).not.toBeNull();
    expect(worksheet.body.handedInAt).toBe('2026-01-05T10:00:00.000Z');
    expect(worksheet.body.status).toBe('handed-in');
  });

  test('a reviewed worksheet stays reviewed when the client reopens it with its offline copy (R22)', async () => {
    const clientStored = () =>
      new Promise<void>((resolve) => {
        const stop = server.context.relay.onUpdatesStored((event) => {
          if (event.provenance.role !== 'client') return;
          stop();
          resolve();
        });
      });
    // The client hands in twice over (the first hand-in time is overwritten: a deletion in its history).
    const device = new Y.Doc();
    device.getMap('meta').set('handedInAt', '2026-01-05T09:00:00.000Z');
    device.getMap('meta').set('handedInAt', '2026-01-05T10:00:00.000Z');
    const first = open(client, worksheetId);
    await first.firstFrame;
    const handedIn = clientStored();
    first.send(encodeSyncUpdate(Y.encodeStateAsUpdate(device)));
    await handedIn;
    first.close();
    expect((await therapist.call('POST', `/api/worksheets/${worksheetId}/review`)).status).toBe(200);

    // Reopening: y-websocket's step 2 holds nothing new but repeats every deletion the device made.
    const again = open(client, worksheetId);
    const serverStateVector = await again.firstFrame;
    expect(serverStateVector[0]).toBe(0);
    again.send(encodeSyncStep2(Y.encodeStateAsUpdate(device, Y.encodeStateVector(device))));
    // Frames are handled in order: once the answer to this step 1 arrives, the step 2 was handled.
    const answered = new Promise<void>((resolve) =>
      again.socket.on('message', (data: Buffer) => {
        if (data[0] === 0 && data[1] === 1) resolve();
      }),
    );
    again.send(encodeSyncStep1(Y.encodeStateVector(device)));
    await answered;
    await server.context.relay.flushed();
    const worksheet = await therapist.call<{ status: string }>('GET', `/api/worksheets/${worksheetId}`);
    expect(worksheet.body.status).toBe('reviewed');
  });

  test('each socket session is audited as worksheet-opened with its duration when it closes', async () => {
    const socket = open(client, worksheetId);
    await socket.firstFrame;
    const closed = new Promise<void>((resolve) => socket.socket.once('close', () => resolve()));
    socket.close();
    await closed;
    // The server records on its own close event; wait for it through the audit endpoint's next read.
    const entries = await waitForAudit(therapist, 'worksheet-opened');
    expect(entries[0]).toMatchObject({
      worksheetId,
      details: { role: 'client', durationMs: expect.any(Number) },
    });
  });
});

/** Reads the audit log until an entry with the action shows up (the server writes it on its socket's close). */
async function waitForAudit(session: ServerSession, action: string) {
  for (;;) {
    const response = await session.call<{ action: string; worksheetId: string; details: object }[]>(
      'GET',
      '/api/audit',
    );
    const matching = response.body.filter((entry) => entry.action === action);
    if (matching.length > 0) return matching;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_FIELD, META_MAP } from '@interlude/schema';
import { encodeSyncUpdate } from '@interlude/schema/sync';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ServerSession } from '../accounts/server-session.js';
import { olderWorksheetUpdate } from '../helpers/older-worksheet.js';

/**
 * GET /api/worksheets/:id/state: a worksheet's stored document as one Yjs update, for the offline
 * prefetch. Decided like the WebSocket upgrade, audited like an open, served as the relay serves it.
 */
let server: RunningServer;
let dataDir: string;
let therapist: ServerSession;
let client: ServerSession;
let clientId: string;
let worksheetId: string;
let otherWorksheetId: string;
const password = 'correct horse battery';

async function join(email: string) {
  const added = await therapist.call<{ client: { id: string }; invitationUrl: string }>(
    'POST',
    '/api/clients',
    {
      displayName: email,
      email,
    },
  );
  const session = new ServerSession(server.url);
  await session.call('POST', `/api/invitations/${added.body.invitationUrl.split('/invite/')[1]}/accept`, {
    password,
  });
  const assigned = await therapist.call<{ id: string }>(
    'POST',
    `/api/clients/${added.body.client.id}/worksheets`,
    {
      templateId: 'thought-record',
    },
  );
  return { session, id: added.body.client.id, worksheetId: assigned.body.id };
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-state-'));
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
  const first = await join('client@example.test');
  client = first.session;
  clientId = first.id;
  worksheetId = first.worksheetId;
  otherWorksheetId = (await join('other@example.test')).worksheetId;
});

afterEach(async () => {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function getState(session: ServerSession, id: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/worksheets/${id}/state`, {
    headers: { ...(session.cookie ? { cookie: session.cookie } : {}), ...headers },
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

describe('who may download a worksheet', () => {
  test('the client and their therapist get the stored document as one update, never cached', async () => {
    for (const session of [client, therapist]) {
      const answer = await getState(session, worksheetId);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toBe('application/octet-stream');
      expect(answer.headers.get('cache-control')).toBe('no-store');
      const doc = new Y.Doc();
      Y.applyUpdate(doc, answer.bytes);
      expect(doc.getMap(META_MAP).get('title')).toBe('Thought record');
      expect(doc.getXmlFragment(CONTENT_FIELD).length).toBeGreaterThan(0);
    }
  });

  test('not signed in: 401; someone else’s worksheet and a missing one: the same 404', async () => {
    expect((await getState(new ServerSession(server.url), worksheetId)).status).toBe(401);
    const foreign = await getState(client, otherWorksheetId);
    const missing = await getState(client, 'AAAAAAAAAAAAAAAAAAAAAA');
    expect(foreign.status).toBe(404);
    expect(new TextDecoder().decode(foreign.bytes)).toBe(new TextDecoder().decode(missing.bytes));
  });

  test('another site’s page cannot ride the cookie: a foreign Origin or a cross-site fetch is 403', async () => {
    expect((await getState(client, worksheetId, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await getState(client, worksheetId, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await getState(client, worksheetId, { 'sec-fetch-site': 'same-origin' })).status).toBe(200);
  });

  test('a client with no access left gets 404, a read-only one still downloads', async () => {
    await therapist.call('POST', `/api/clients/${clientId}/archive`, { clientAccess: 'read-only' });
    expect((await getState(client, worksheetId)).status).toBe(200);
    await therapist.call('POST', `/api/clients/${clientId}/archive`, { clientAccess: 'none' });
    expect((await getState(client, worksheetId)).status).not.toBe(200);
  });

  test('an unchanged document answers 304 to its ETag, without a body or an activity entry', async () => {
    const first = await getState(client, worksheetId);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const downloads = async () =>
      (
        await therapist.call<{ action: string; details: Record<string, unknown> }[]>('GET', '/api/audit')
      ).body.filter((entry) => entry.details.channel === 'download').length;
    const before = await downloads();
    const again = await getState(client, worksheetId, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes.byteLength).toBe(0);
    expect(await downloads()).toBe(before);
    expect((await getState(client, worksheetId, { 'if-none-match': '"stale"' })).status).toBe(200);
  });

  test('a download is recorded as an open, a refusal as a refusal', async () => {
    await getState(client, worksheetId);
    await getState(client, otherWorksheetId);
    const audit = await therapist.call<{ action: string; details: Record<string, unknown> }[]>(
      'GET',
      '/api/audit',
    );
    expect(audit.body).toContainEqual(
      expect.objectContaining({
        action: 'worksheet-opened',
        details: expect.objectContaining({ channel: 'download', role: 'client', readOnly: false }),
      }),
    );
    expect(audit.body.some((entry) => entry.action === 'access-refused')).toBe(true);
  });
});

describe('what is served', () => {
  test('R28: exactly the durable state: an edit stored through a socket is in the next download', async () => {
    const edit = new Y.Doc();
    Y.applyUpdate(edit, (await getState(client, worksheetId)).bytes);
    const before = Y.encodeStateVector(edit);
    edit.getMap(META_MAP).set('handedInAt', '2026-01-05T10:00:00.000Z');
    const stored = new Promise<void>((resolve) => {
      const stop = server.context.relay.onUpdatesStored(() => {
        stop();
        resolve();
      });
    });
    const socket = client.openWorksheet(worksheetId);
    await socket.firstFrame;
    socket.send(encodeSyncUpdate(Y.encodeStateAsUpdate(edit, before)));
    await stored;
    socket.close();

    const downloaded = new Y.Doc();
    Y.applyUpdate(downloaded, (await getState(client, worksheetId)).bytes);
    expect(downloaded.getMap(META_MAP).get('handedInAt')).toBe('2026-01-05T10:00:00.000Z');
    expect(Y.encodeStateVector(downloaded)).toEqual(Y.encodeStateVector(edit));
  });

  test('R18: a document written by an older app is migrated by the relay once, whichever reads it first', async () => {
    const oldId = worksheetId;
    await server.context.documentStore.delete(oldId);
    await server.context.documentStore.appendUpdates(oldId, [olderWorksheetUpdate()], {
      userId: 'therapist',
      role: 'therapist',
      receivedAt: 1,
    });

    const [first, second] = await Promise.all([getState(client, oldId), getState(therapist, oldId)]);
    const socket = client.openWorksheet(oldId);
    await socket.firstFrame;
    socket.close();
    for (const answer of [first, second]) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, answer.bytes);
      expect(doc.getMap(META_MAP).get('schemaVersion')).toBe(1);
      expect((doc.getXmlFragment(CONTENT_FIELD).get(0) as Y.XmlElement).nodeName).toBe('prompt');
    }
    const provenance = await server.context.documentStore.provenanceSummary(oldId);
    const system = provenance.filter((entry) => entry.role === 'system');
    expect(system.map((entry) => entry.updateCount)).toEqual([1]);
  });
});

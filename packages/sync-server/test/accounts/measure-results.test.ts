import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MeasureDisplay } from '@interlude/schema';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { testConfig } from '../../src/config.js';
import { type DemoAnswers, encodeDemoAnswers } from '../../src/demo/answer-worksheet.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { ServerSession, type WorksheetSocket } from './server-session.js';

/**
 * Measures are scored by the server from what reaches storage: a client's PHQ-9 answers give a total,
 * a band and, for item 9 above 0, a safety flag the therapist sees in the API and the audit log.
 */
let server: RunningServer;
let dataDir: string;
let therapist: ServerSession;
let client: ServerSession;
let clientId: string;
let worksheetId: string;
const sockets: WorksheetSocket[] = [];
const password = 'correct horse battery';

interface MeasureAnswer {
  status: string;
  startedAt: string | null;
  /** The API's view: the shared display, with the measure's id. */
  measure: (MeasureDisplay & { id: string }) | null;
}

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-measures-'));
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
  const added = await therapist.call<{ client: { id: string }; invitationUrl: string }>(
    'POST',
    '/api/clients',
    { displayName: 'Client', email: 'client@example.test' },
  );
  clientId = added.body.client.id;
  client = new ServerSession(server.url);
  const token = added.body.invitationUrl.split('/invite/')[1];
  await client.call('POST', `/api/invitations/${token}/accept`, { password });
  const assigned = await therapist.call<{ id: string }>('POST', `/api/clients/${clientId}/worksheets`, {
    templateId: 'phq-9',
  });
  expect(assigned.status).toBe(201);
  worksheetId = assigned.body.id;
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

const item = (itemId: string, value: number) => ({ [`phq-9-item-${itemId}`]: { value } });

/** Sends one edit as `session` over a real socket and resolves once the relay has stored it. */
async function editAs(
  session: ServerSession,
  role: 'client' | 'therapist',
  edit: (stored: Uint8Array[]) => Uint8Array,
) {
  const stored = new Promise<void>((resolve) => {
    const stop = server.context.relay.onUpdatesStored((event) => {
      if (event.worksheetId !== worksheetId || event.provenance.role !== role) return;
      stop();
      resolve();
    });
  });
  const socket = session.openWorksheet(worksheetId);
  sockets.push(socket);
  await socket.firstFrame;
  const document = await server.context.documentStore.load(worksheetId);
  socket.send(updateFrame(edit(document?.updates ?? [])));
  await stored;
}

const answer = (session: ServerSession, answers: DemoAnswers) =>
  editAs(session, 'client', (stored) => encodeDemoAnswers(stored, answers));

const getWorksheet = (session: ServerSession) =>
  session.call<MeasureAnswer>('GET', `/api/worksheets/${worksheetId}`);

describe('measure results derived from stored client answers', () => {
  test('item 9 above 0 on a half-filled PHQ-9 raises the flag at once, without a total', async () => {
    await answer(client, { attributes: { ...item('1', 2), ...item('9', 1) } });

    const worksheet = await getWorksheet(therapist);
    expect(worksheet.body.status).toBe('started');
    expect(worksheet.body.measure).toMatchObject({
      id: 'phq-9',
      title: 'PHQ-9',
      total: null,
      maxTotal: 27,
      severity: null,
      answered: 2,
      itemCount: 9,
      flags: [{ id: 'phq-9-item-9', level: 'urgent', message: expect.stringContaining('Item 9') }],
    });
    const list = await therapist.call<MeasureAnswer[]>('GET', '/api/worksheets');
    expect(list.body[0]?.measure?.flags).toHaveLength(1);
    const clients = await therapist.call<{ counts: { flaggedWorksheets: number } }[]>('GET', '/api/clients');
    expect(clients.body[0]?.counts.flaggedWorksheets).toBe(1);
  });

  test('a complete PHQ-9 is scored from the catalogue with its band, and the flag is audited once', async () => {
    const everyItem = Object.assign({}, ...['1', '2', '3', '4', '5', '6', '7', '8'].map((id) => item(id, 1)));
    await answer(client, { attributes: { ...everyItem, ...item('9', 2) } });
    await answer(client, { attributes: item('9', 3), handedInAt: '2026-01-05T10:00:00.000Z' });

    const worksheet = await getWorksheet(therapist);
    expect(worksheet.body.status).toBe('handed-in');
    expect(worksheet.body.measure).toMatchObject({ total: 11, severity: 'Moderate', answered: 9 });
    expect(worksheet.body.measure?.flags.map((flag) => flag.id)).toEqual(['phq-9-item-9']);

    const audit = await therapist.call<
      { action: string; worksheetId: string; subject: { id: string } | null; details: object }[]
    >('GET', '/api/audit');
    expect(audit.body.filter((entry) => entry.action === 'worksheet-handed-in')).toEqual([
      expect.objectContaining({ worksheetId, subject: expect.objectContaining({ id: clientId }) }),
    ]);
    const raised = audit.body.filter((entry) => entry.action === 'measure-flag-raised');
    expect(raised).toEqual([
      expect.objectContaining({
        worksheetId,
        subject: expect.objectContaining({ id: clientId }),
        details: { measure: 'phq-9', flags: 'phq-9-item-9' },
      }),
    ]);
  });

  test('a flag stays raised when the client changes item 9 back to 0, and is audited once', async () => {
    await answer(client, { attributes: item('9', 2) });
    await answer(client, { attributes: item('9', 0) });
    const worksheet = await getWorksheet(therapist);
    expect(worksheet.body.measure?.flags).toEqual([
      expect.objectContaining({ id: 'phq-9-urgent-answer-changed', level: 'urgent' }),
    ]);
    const clients = await therapist.call<{ counts: { flaggedWorksheets: number } }[]>('GET', '/api/clients');
    expect(clients.body[0]?.counts.flaggedWorksheets).toBe(1);
    const audit = await therapist.call<{ action: string }[]>('GET', '/api/audit');
    expect(audit.body.filter((entry) => entry.action === 'measure-flag-raised')).toHaveLength(1);
  });

  test('answers changed after a review put the worksheet back in the queue, with the flag showing again', async () => {
    await answer(client, { attributes: item('9', 2), handedInAt: '2026-01-05T10:00:00.000Z' });
    expect((await therapist.call('POST', `/api/worksheets/${worksheetId}/review`)).status).toBe(200);
    expect((await getWorksheet(therapist)).body.status).toBe('reviewed');
    let clients = await therapist.call<{ counts: { flaggedWorksheets: number } }[]>('GET', '/api/clients');
    expect(clients.body[0]?.counts.flaggedWorksheets).toBe(0);

    await answer(client, { attributes: item('1', 3) });
    const worksheet = await getWorksheet(therapist);
    expect(worksheet.body.status).toBe('handed-in');
    expect(worksheet.body.measure?.flags.map((flag) => flag.id)).toEqual(['phq-9-item-9']);
    clients = await therapist.call<{ counts: { flaggedWorksheets: number } }[]>('GET', '/api/clients');
    expect(clients.body[0]?.counts.flaggedWorksheets).toBe(1);
  });

  test('no flag, and no audit entry, while item 9 is 0', async () => {
    await answer(client, { attributes: { ...item('9', 0), ...item('2', 3) } });
    const worksheet = await getWorksheet(therapist);
    expect(worksheet.body.measure).toMatchObject({ answered: 2, flags: [] });
    const audit = await therapist.call<{ action: string }[]>('GET', '/api/audit');
    expect(audit.body.some((entry) => entry.action === 'measure-flag-raised')).toBe(false);
  });

  test('the client is not sent the score or band (clinicians interpret them)', async () => {
    await answer(client, { attributes: item('9', 1) });
    expect((await getWorksheet(client)).body.measure).toBeNull();
    expect((await getWorksheet(therapist)).body.measure).not.toBeNull();
  });

  test("a therapist's own edit is not client progress and gives no result", async () => {
    await editAs(therapist, 'therapist', (stored) => {
      const doc = new Y.Doc();
      for (const update of stored) Y.applyUpdate(doc, update);
      const before = Y.encodeStateVector(doc);
      doc.getMap('meta').set('title', 'PHQ-9 before our next session');
      const update = Y.encodeStateAsUpdate(doc, before);
      doc.destroy();
      return update;
    });
    const worksheet = await getWorksheet(therapist);
    expect(worksheet.body).toMatchObject({ status: 'assigned', startedAt: null, measure: null });
  });
});

describe('measures answered before the server scored them', () => {
  test('are scored at start-up, flag and audit entry included', async () => {
    // Answers stored without passing the relay, as from a server that did not yet score measures.
    const stored = await server.context.documentStore.load(worksheetId);
    const answers = encodeDemoAnswers(stored?.updates ?? [], { attributes: item('9', 1) });
    await server.context.documentStore.appendUpdates(worksheetId, [answers], {
      userId: clientId,
      role: 'client',
      receivedAt: Date.now(),
    });
    expect((await getWorksheet(therapist)).body.measure).toBeNull();

    await server.close();
    server = await startServer(testConfig(dataDir), {
      accounts: { scrypt: { cost: 2 ** 10, blockSize: 8, parallelization: 1 } },
    });
    therapist = new ServerSession(server.url);
    await therapist.call('POST', '/api/auth/login', { email: 'therapist@example.test', password });

    const worksheet = await getWorksheet(therapist);
    expect(worksheet.body.measure?.flags.map((flag) => flag.id)).toEqual(['phq-9-item-9']);
    const audit = await therapist.call<{ action: string }[]>('GET', '/api/audit');
    expect(audit.body.filter((entry) => entry.action === 'measure-flag-raised')).toHaveLength(1);
  });
});

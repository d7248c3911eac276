import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CONTENT_FIELD } from '@interlude/schema';
import type { ApiAuditEntry, ApiWorksheet } from '@interlude/schema/api';
import { afterEach, beforeEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { testConfig } from '../../src/config.js';
import { type RunningServer, startServer } from '../../src/server.js';
import { RawYjsPeer } from '../helpers/raw-yjs-peer.js';
import { ServerSession } from './server-session.js';

/** R23 through the real sign-in, authorizer and API: the therapist sees that a repair happened. */
let server: RunningServer;
let dataDir: string;
let therapist: ServerSession;
let client: ServerSession;
let worksheetId: string;
let clientUserId: string;
const peers: RawYjsPeer[] = [];
const password = 'correct horse battery';

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-repairs-'));
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
    {
      displayName: 'Carol',
      email: 'carol@example.test',
    },
  );
  client = new ServerSession(server.url);
  const accepted = await client.call<{ user: { id: string } }>(
    'POST',
    `/api/invitations/${added.body.invitationUrl.split('/invite/')[1]}/accept`,
    { password },
  );
  clientUserId = accepted.body.user.id;
  const assigned = await therapist.call<{ id: string }>(
    'POST',
    `/api/clients/${added.body.client.id}/worksheets`,
    {
      templateId: 'thought-record',
    },
  );
  worksheetId = assigned.body.id;
});

afterEach(async () => {
  for (const peer of peers.splice(0)) peer.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("R24: the seed's client ids belong to the therapist who assigned the worksheet: a client writing under one is refused", async () => {
  const stored = (await server.context.documentStore.load(worksheetId))!.updates;
  const seedWriter = [...Y.parseUpdateMeta(stored[0]!).to.keys()][0]!;
  const forger = new Y.Doc();
  for (const update of stored) Y.applyUpdate(forger, update);
  forger.clientID = seedWriter;
  const before = Y.encodeStateVector(forger);
  forger.getMap('meta').set('handedInAt', '2026-11-26T08:00:00.000Z');
  const peer = new RawYjsPeer(server.url, worksheetId, {}, { cookie: client.cookie!, origin: client.origin });
  peers.push(peer);
  await peer.sync();
  peer.sendUpdate(Y.encodeStateAsUpdate(forger, before));
  expect((await peer.socket.closed).code).toBe(4403);
});

const firstPrompt = (ydoc: Y.Doc) =>
  ydoc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'prompt')!;

test("R23: a client's repaired update is written to the audit log and counted on the therapist's worksheet", async () => {
  const peer = new RawYjsPeer(server.url, worksheetId, {}, { cookie: client.cookie!, origin: client.origin });
  peers.push(peer);
  await peer.sync();
  const question = firstPrompt(peer.doc).getAttribute('question');
  peer.forge((ydoc) => firstPrompt(ydoc).setAttribute('question', 'Rewritten by the client'));
  await peer.until(() => firstPrompt(peer.doc).getAttribute('question') === question);
  await server.context.relay.flushed();

  const seen = await therapist.call<ApiWorksheet>('GET', `/api/worksheets/${worksheetId}`);
  expect(seen.body.repairs).toMatchObject({ count: 1 });
  expect(seen.body.repairs?.lastAt).not.toBeNull();
  const ownView = await client.call<ApiWorksheet>('GET', `/api/worksheets/${worksheetId}`);
  expect(ownView.body.repairs).toBeNull();
  const audit = await therapist.call<ApiAuditEntry[]>('GET', '/api/audit');
  const entry = audit.body.find((candidate) => candidate.action === 'worksheet-repaired');
  expect(entry).toMatchObject({
    worksheetId,
    actor: { id: clientUserId },
    details: { role: 'client', repaired: 'template-not-permitted' },
  });
  expect(peer.closed).toBe(false);
});

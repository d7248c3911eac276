import { CONTENT_FIELD } from '@interlude/schema';
import type { ApiAuditEntry, ApiWorksheet } from '@interlude/schema/api';
import { afterEach, beforeEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { RunningServer } from '../../src/server.js';
import { RawYjsPeer } from '../helpers/raw-yjs-peer.js';
import { type PracticeWithClient, startPracticeWithClient } from './practice-with-client.js';
import type { ServerSession } from './server-session.js';

/** R23 through the real sign-in, authorizer and API: the therapist sees that a repair happened. */
let practice: PracticeWithClient;
let server: RunningServer;
let therapist: ServerSession;
let client: ServerSession;
let worksheetId: string;
let clientUserId: string;
const peers: RawYjsPeer[] = [];

beforeEach(async () => {
  practice = await startPracticeWithClient('interlude-repairs-');
  ({ server, therapist, client, clientUserId } = practice);
  const assigned = await therapist.call<{ id: string }>(
    'POST',
    `/api/clients/${practice.clientId}/worksheets`,
    { templateId: 'thought-record' },
  );
  worksheetId = assigned.body.id;
});

afterEach(async () => {
  for (const peer of peers.splice(0)) peer.close();
  await practice.close();
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

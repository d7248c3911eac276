import { encodeSyncStep1, encodeSyncUpdate } from '@interlude/schema/sync';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { RawSocket } from '../helpers/raw-socket.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';

let harness: RelayTestHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

async function rawSocket(worksheetId: string): Promise<RawSocket> {
  const socket = new RawSocket(harness!.url, `/sync/${worksheetId}?user=mallory&role=client`);
  await socket.opened;
  return socket;
}

test('R1/R7: malformed frames close only their sender; the room and the other provider carry on', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const alice = harness.provider(worksheetId, { user: 'therapist-1' });
  const bob = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  await Promise.all([alice.synced(), bob.synced()]);

  const offenders: Array<{ frame: Uint8Array | string; code: number }> = [
    { frame: new Uint8Array([0, 2, 0x85]), code: 1002 },
    { frame: encodeSyncUpdate(new Uint8Array([1, 200, 3, 77, 77, 77, 77])), code: 1002 },
    { frame: new Uint8Array([7, 1, 2]), code: 1003 },
    { frame: 'hello as text', code: 1003 },
  ];
  for (const { frame, code } of offenders) {
    const socket = await rawSocket(worksheetId);
    socket.send(frame);
    expect((await socket.closed).code).toBe(code);
  }

  alice.append('still here');
  await bob.textIs('still here');
  expect(alice.closes).toEqual([]);
  expect(bob.closes).toEqual([]);
  const stored = await harness.server.context.documentStore.provenanceSummary(worksheetId);
  expect(stored.map((summary) => summary.userId)).toEqual(['therapist-1']);
});

test('R2: a frame above maxMessageBytes closes its sender with 1009 and the server keeps serving', async () => {
  harness = await RelayTestHarness.start({ limits: { maxMessageBytes: 64 * 1024 } });
  const worksheetId = newWorksheetId();
  const alice = harness.provider(worksheetId, { user: 'therapist-1' });
  await alice.synced();

  const socket = await rawSocket(worksheetId);
  socket.send(encodeSyncUpdate(new Uint8Array(100 * 1024)));
  expect((await socket.closed).code).toBe(1009);
  expect(harness.logger.warnings.some((warning) => warning.includes('Max payload size exceeded'))).toBe(true);

  const bob = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  alice.append('after the oversized frame');
  await bob.textIs('after the oversized frame');
  expect(alice.closes).toEqual([]);
});

test('R2: a legitimate 5 MB update is accepted, stored and relayed', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const alice = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  const bob = harness.provider(worksheetId, { user: 'therapist-1' });
  await Promise.all([alice.synced(), bob.synced()]);

  const bigText = 'a long reflection. '.repeat(Math.ceil((5 * 1024 * 1024) / 19));
  alice.append(bigText);
  await bob.docSatisfies(() => bob.text.length === bigText.length);
  expect(alice.closes).toEqual([]);

  const stored = await harness.server.context.documentStore.load(worksheetId);
  const rebuilt = new Y.Doc();
  for (const update of stored!.updates) Y.applyUpdate(rebuilt, update);
  expect(rebuilt.getText('body').length).toBe(bigText.length);
});

test('R1: a raw client that speaks the protocol correctly is answered step 2 for its step 1', async () => {
  harness = await RelayTestHarness.start();
  const socket = await rawSocket(newWorksheetId());
  const answered = new Promise<void>((resolve) => socket.socket.on('message', () => resolve()));
  socket.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
  await answered;
  expect(socket.received[0]?.[0]).toBe(0);
  socket.close();
});

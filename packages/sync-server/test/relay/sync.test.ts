import { afterEach, expect, test } from 'vitest';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';

let harness: RelayTestHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

test('R5/R9: edits travel both ways between two stock y-websocket providers', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const therapist = harness.provider(worksheetId, { user: 'therapist-1' });
  const client = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  await Promise.all([therapist.synced(), client.synced()]);

  therapist.append('Hello from the therapist. ');
  await client.textIs('Hello from the therapist. ');
  client.append('Hello back.');
  await therapist.textIs('Hello from the therapist. Hello back.');
});

test('R10: awareness reaches the other provider on join and is removed when it leaves', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const therapist = harness.provider(worksheetId, { user: 'therapist-1' });
  await therapist.synced();
  const client = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  client.provider.awareness.setLocalStateField('user', { name: 'Client' });
  const clientId = client.doc.clientID;
  await therapist.awarenessSatisfies((states) => states.get(clientId)?.user !== undefined);

  client.provider.destroy();
  await therapist.awarenessSatisfies((states) => !states.has(clientId));
});

test('R9: an edit made while disconnected merges on reconnect', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const therapist = harness.provider(worksheetId, { user: 'therapist-1' });
  const client = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  await Promise.all([therapist.synced(), client.synced()]);
  therapist.append('online. ');
  await client.textIs('online. ');

  client.provider.disconnect();
  client.append('offline thought. ');
  therapist.append('meanwhile. ');
  client.provider.connect();

  const merged = (text: string) => text.includes('offline thought. ') && text.includes('meanwhile. ');
  await Promise.all([
    therapist.docSatisfies(() => merged(therapist.text)),
    client.docSatisfies(() => merged(client.text)),
  ]);
  expect(therapist.text).toBe(client.text);
});

test('R5: after a server restart the content comes back from SQLite', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const writer = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  const witness = harness.provider(worksheetId, { user: 'therapist-1' });
  await Promise.all([writer.synced(), witness.synced()]);
  writer.append('I felt calmer after the walk.');
  await witness.textIs('I felt calmer after the walk.');
  writer.destroy();
  witness.destroy();

  await harness.restart();
  const reader = harness.provider(worksheetId, { user: 'therapist-1' });
  await reader.synced();
  expect(reader.text).toBe('I felt calmer after the walk.');
});

test('R16: shutdown closes providers with 1012; they reconnect to the next server and nothing is lost', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const writer = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  await writer.synced();
  writer.append('written as the server stops');
  const closed = writer.closedWith();
  await harness.server.close();
  expect((await closed).code).toBe(1012);

  await harness.restart({ samePort: true });
  const reader = harness.provider(worksheetId, { user: 'therapist-1' });
  await reader.textIs('written as the server stops');
});

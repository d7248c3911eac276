import { CloseCode } from '@interlude/schema/sync';
import { afterEach, expect, test } from 'vitest';
import { denyAllWorksheets } from '../../src/relay/authorize.js';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { RawSocket } from '../helpers/raw-socket.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';

let harness: RelayTestHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

test('A1: denials upgrade and then close with 4401, 4403 or 4404; the provider stops reconnecting', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const expectations = [
    { deny: 'unauthenticated', code: CloseCode.notSignedIn },
    { deny: 'forbidden', code: CloseCode.refused },
    { deny: 'not-found', code: CloseCode.notFound },
  ];
  for (const { deny, code } of expectations) {
    const provider = harness.provider(worksheetId, { deny });
    const final = new Promise<{ code: number }>((resolve) => provider.provider.once('closed', resolve));
    expect((await final).code).toBe(code);
    expect(provider.provider.shouldConnect).toBe(false);
  }
  expect(harness.server.context.relay.hasRoom(worksheetId)).toBe(false);
});

test('A1: a denied upgrade loads no document', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const socket = new RawSocket(harness.url, `/sync/${worksheetId}?deny=not-found`);
  expect((await socket.closed).code).toBe(CloseCode.notFound);
  expect(harness.server.context.relay.hasRoom(worksheetId)).toBe(false);
  expect(await harness.server.context.documentStore.load(worksheetId)).toBeNull();
});

test('A2: a worksheet id that is not 22 base64url characters closes with 4404 before the authorizer runs', async () => {
  let authorizerCalls = 0;
  harness = await RelayTestHarness.start({
    authorizeWorksheet: async () => {
      authorizerCalls++;
      return { userId: 'u', role: 'therapist', displayName: 'U', readOnly: false };
    },
  });
  for (const badId of ['too-short', 'a'.repeat(23), `${'a'.repeat(21)}%21`]) {
    const socket = new RawSocket(harness.url, `/sync/${badId}`);
    expect((await socket.closed).code).toBe(CloseCode.notFound);
  }
  expect(authorizerCalls).toBe(0);
});

test('A3: the default authorizer of a relay mounted without one refuses every connection with 4401', async () => {
  harness = await RelayTestHarness.start({ authorizeWorksheet: denyAllWorksheets });
  const socket = new RawSocket(harness.url, `/sync/${newWorksheetId()}`);
  expect((await socket.closed).code).toBe(CloseCode.notSignedIn);
});

test('A4: an authorizer that throws closes with a retryable code and is logged', async () => {
  harness = await RelayTestHarness.start({
    authorizeWorksheet: async () => {
      throw new Error('session table unavailable');
    },
  });
  const socket = new RawSocket(harness.url, `/sync/${newWorksheetId()}`);
  expect((await socket.closed).code).toBe(CloseCode.storageFailure);
  expect(harness.logger.errors.some((message) => message.includes('Authorizing'))).toBe(true);
});

test('A5: closeConnectionsOfUser closes that user’s providers with the given code and leaves others', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const client = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  const therapist = harness.provider(worksheetId, { user: 'therapist-1' });
  await Promise.all([client.synced(), therapist.synced()]);

  const final = new Promise<{ code: number; reason: string }>((resolve) =>
    client.provider.once('closed', resolve),
  );
  expect(
    harness.server.context.relay.closeConnectionsOfUser('client-1', CloseCode.refused, 'Signed out'),
  ).toBe(1);
  expect(await final).toEqual({ code: CloseCode.refused, reason: 'Signed out' });

  therapist.append('still connected');
  await therapist.docSatisfies(() => therapist.text === 'still connected');
  expect(therapist.closes).toEqual([]);
});

test('R11: a read-only provider receives the document; an edit from it closes it with 4403, unstored', async () => {
  harness = await RelayTestHarness.start();
  const worksheetId = newWorksheetId();
  const therapist = harness.provider(worksheetId, { user: 'therapist-1' });
  await therapist.synced();
  therapist.append('Read this before our session.');
  const reader = harness.provider(worksheetId, { user: 'client-1', role: 'client', readOnly: '1' });
  await reader.textIs('Read this before our session.');

  const final = new Promise<{ code: number }>((resolve) => reader.provider.once('closed', resolve));
  reader.append(' I changed it.');
  expect((await final).code).toBe(CloseCode.refused);
  const summary = await harness.server.context.documentStore.provenanceSummary(worksheetId);
  expect(summary.map((entry) => entry.userId)).toEqual(['therapist-1']);
});

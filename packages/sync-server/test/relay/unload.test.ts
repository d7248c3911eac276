import { afterEach, expect, test } from 'vitest';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { ControlledDocumentStore } from '../helpers/controlled-document-store.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';
import { waitFor } from '../helpers/wait-for.js';

let harness: RelayTestHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

test('R15: a provider reconnecting while its room unloads waits, then gets the stored state', async () => {
  const clock = new ManualClock();
  const store = new ControlledDocumentStore(new MemoryDocumentStore());
  harness = await RelayTestHarness.start({
    clock,
    documentStore: store,
    limits: { roomUnloadDelayMs: 5_000 },
  });
  const relay = harness.server.context.relay;
  const worksheetId = newWorksheetId();

  const writer = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  await writer.synced();
  // Hold the write open so the room's unload has to wait for it.
  const gate = store.holdAppends();
  writer.append('the last sentence before leaving');
  await gate.reached();
  writer.provider.disconnect();
  await waitFor(
    () => relay.connectionCount === 0,
    (notify) => relay.onConnectionClosed(notify),
  );
  clock.advance(5_000);
  expect(relay.hasRoom(worksheetId)).toBe(false);

  const returning = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  const loadsBefore = store.loadCount;
  gate.open();
  await returning.textIs('the last sentence before leaving');
  expect(store.loadCount).toBe(loadsBefore + 1);
});

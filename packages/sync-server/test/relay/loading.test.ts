import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { ControlledDocumentStore } from '../helpers/controlled-document-store.js';
import { RelayTestHarness } from '../helpers/relay-test-harness.js';

let harness: RelayTestHarness | undefined;
afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

async function storeWith(worksheetId: string, text: string): Promise<ControlledDocumentStore> {
  const store = new ControlledDocumentStore(new MemoryDocumentStore());
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  await store.appendUpdates(worksheetId, [Y.encodeStateAsUpdate(doc)], {
    userId: 'therapist-1',
    role: 'therapist',
    receivedAt: 0,
  });
  return store;
}

test('R3: a provider joining while the document loads gets the stored content, never an empty one', async () => {
  const worksheetId = newWorksheetId();
  const store = await storeWith(worksheetId, 'My homework so far');
  const gate = store.holdLoads();
  harness = await RelayTestHarness.start({ documentStore: store });

  const early = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  const syncedTexts: string[] = [];
  early.provider.on('sync', (synced: boolean) => {
    if (synced) syncedTexts.push(early.text);
  });
  await gate.reached();
  // Nothing is answered while the load is held: the provider cannot have synced to anything.
  expect(early.provider.synced).toBe(false);
  gate.open();
  await early.synced();
  expect(syncedTexts[0]).toBe('My homework so far');
});

test('R4: a failed load closes with a retryable code; the provider retries and gets the stored content', async () => {
  const worksheetId = newWorksheetId();
  const store = await storeWith(worksheetId, 'Do not lose me');
  store.failLoadsWith = new Error('simulated disk error');
  harness = await RelayTestHarness.start({ documentStore: store });

  const provider = harness.provider(worksheetId, { user: 'client-1', role: 'client' });
  provider.append('typed while the server struggled');
  const close = await provider.closedWith();
  expect(close.code).toBe(1011);
  expect(await store.provenanceSummary(worksheetId)).toHaveLength(1);

  store.failLoadsWith = null;
  await provider.synced();
  const reader = harness.provider(worksheetId, { user: 'therapist-1' });
  await reader.docSatisfies(
    () => reader.text.includes('Do not lose me') && reader.text.includes('typed while'),
  );
});

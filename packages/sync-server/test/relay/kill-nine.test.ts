import { afterEach, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { ChildRelayServer } from '../helpers/child-relay-server.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';
import { TestProvider } from '../helpers/test-provider.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function items(doc: Y.Doc): number[] {
  return doc.getArray<number>('items').toArray();
}

test('R5: kill -9 in the middle of a stream of edits loses nothing another client had received', async () => {
  const dataDir = makeTempDir('kill-nine');
  cleanups.push(() => removeTempDir(dataDir));
  const first = await ChildRelayServer.start(dataDir);
  cleanups.push(() => void first.child.kill('SIGKILL'));
  const worksheetId = newWorksheetId();
  const writer = new TestProvider(first.url, worksheetId, { user: 'client-1', role: 'client' });
  const witness = new TestProvider(first.url, worksheetId, { user: 'therapist-1' });
  cleanups.push(
    () => writer.destroy(),
    () => witness.destroy(),
  );
  await Promise.all([writer.synced(), witness.synced()]);

  // The writer streams edits, one per turn of the event loop, until the server dies.
  let streaming = true;
  const stream = (async () => {
    for (let next = 0; streaming; next++) {
      writer.doc.getArray<number>('items').push([next]);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  })();
  await witness.docSatisfies((doc) => items(doc).length >= 200);

  const witnessLostServer = witness.closedWith();
  await first.kill9();
  await witnessLostServer;
  streaming = false;
  await stream;
  // What the witness saw is fixed from here on: stop both clients so neither can re-send anything.
  const seen = items(witness.doc);
  const sent = items(writer.doc).length;
  writer.provider.destroy();
  witness.provider.destroy();
  expect(sent).toBeGreaterThan(0);

  const second = await ChildRelayServer.start(dataDir);
  cleanups.push(() => second.stop());
  const reader = new TestProvider(second.url, worksheetId, { user: 'therapist-1' });
  cleanups.push(() => reader.destroy());
  await reader.synced();
  const restored = new Set(items(reader.doc));
  expect(seen.length).toBeGreaterThanOrEqual(200);
  expect(seen.filter((item) => !restored.has(item))).toEqual([]);
});

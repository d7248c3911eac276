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
  cleanups.push(async () => void (await second.stop()));
  const reader = new TestProvider(second.url, worksheetId, { user: 'therapist-1' });
  cleanups.push(() => reader.destroy());
  await reader.synced();
  const restored = new Set(items(reader.doc));
  expect(seen.length).toBeGreaterThanOrEqual(200);
  expect(seen.filter((item) => !restored.has(item))).toEqual([]);
});

test('R16: SIGTERM closes clients with 1012, keeps what was stored and exits 0', async () => {
  const dataDir = makeTempDir('sigterm');
  cleanups.push(() => removeTempDir(dataDir));
  const server = await ChildRelayServer.start(dataDir);
  cleanups.push(() => void server.child.kill('SIGKILL'));
  const worksheetId = newWorksheetId();
  const writer = new TestProvider(server.url, worksheetId, { user: 'client-1', role: 'client' });
  cleanups.push(() => writer.destroy());
  const witness = new TestProvider(server.url, worksheetId, { user: 'therapist-1' });
  cleanups.push(() => witness.destroy());
  await Promise.all([writer.synced(), witness.synced()]);
  writer.doc.getArray<number>('items').push([1, 2, 3]);
  await witness.docSatisfies((doc) => items(doc).length === 3);
  witness.provider.destroy();
  const closed = writer.closedWith();
  expect(await server.stop()).toEqual({ code: 0, signal: null });
  expect((await closed).code).toBe(1012);
  writer.provider.destroy();

  const next = await ChildRelayServer.start(dataDir);
  cleanups.push(async () => void (await next.stop()));
  const reader = new TestProvider(next.url, worksheetId, { user: 'therapist-1' });
  cleanups.push(() => reader.destroy());
  await reader.synced();
  expect(items(reader.doc)).toEqual([1, 2, 3]);
});

import { afterEach, describe, expect, inject, test } from 'vitest';
import type * as Y from 'yjs';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { ClusterHarness, clusterStorages } from '../helpers/cluster-harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const items = (doc: Y.Doc) => doc.getArray<number>('items').toArray();

describe.each(clusterStorages(() => inject('postgresUrl')))('on $name', ({ make }) => {
  test('B4: kill -9 of one instance in a stream of edits loses nothing a peer on the other instance saw', async () => {
    const cluster = await ClusterHarness.start(await make());
    cleanups.push(() => cluster.dispose());
    const first = await cluster.startChild();
    const second = await cluster.startChild();
    const worksheetId = newWorksheetId();
    const writer = cluster.provider(first.url, worksheetId, { user: 'client-1', role: 'client' });
    const witness = cluster.provider(second.url, worksheetId, { user: 'therapist-1' });
    await Promise.all([writer.synced(), witness.synced()]);

    // The writer streams edits through the first instance, one per turn of the event loop, until it dies.
    let streaming = true;
    const stream = (async () => {
      for (let next = 0; streaming; next++) {
        writer.doc.getArray<number>('items').push([next]);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
    await witness.docSatisfies((doc) => items(doc).length >= 200);
    await first.kill9();
    streaming = false;
    await stream;
    // Stop both clients: nothing may reach storage from here on but what the instances already stored.
    writer.provider.destroy();
    const seen = items(witness.doc);
    witness.provider.destroy();
    expect(seen.length).toBeGreaterThanOrEqual(200);

    // Storage as a fresh instance serves it, after the survivor has stopped too.
    expect(await second.stop()).toEqual({ code: 0, signal: null });
    const third = await cluster.startChild();
    const reader = cluster.provider(third.url, worksheetId, { user: 'therapist-1' });
    await reader.synced();
    const restored = new Set(items(reader.doc));
    expect(seen.filter((item) => !restored.has(item))).toEqual([]);
  });
});

import { afterEach, describe, expect, inject, test } from 'vitest';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { ClusterHarness, clusterStorages } from '../helpers/cluster-harness.js';
import type { TestProvider } from '../helpers/test-provider.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(clusterStorages(() => inject('postgresUrl')))('on $name', ({ make }) => {
  async function twoInstances() {
    const { cluster, first, second } = await ClusterHarness.startWithTwoInstances(await make());
    cleanups.push(() => cluster.dispose());
    return { cluster, first, second };
  }

  test('B2: an update stored by one instance reaches the clients of the other, both ways', async () => {
    const { cluster, first, second } = await twoInstances();
    expect(first.port).not.toBe(second.port);
    const worksheetId = newWorksheetId();
    const therapist = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
    const client = cluster.provider(second.url, worksheetId, { user: 'client-1', role: 'client' });
    await Promise.all([therapist.synced(), client.synced()]);

    therapist.append('Question. ');
    await client.textIs('Question. ');
    client.append('Answer.');
    await therapist.textIs('Question. Answer.');

    // Each instance stored only what its own client sent (B2: never stored again by the receiver).
    const stored = await first.context.documentStore.provenanceSummary(worksheetId);
    expect(stored.map(({ userId, updateCount }) => ({ userId, updateCount }))).toEqual([
      { userId: 'therapist-1', updateCount: 1 },
      { userId: 'client-1', updateCount: 1 },
    ]);
    expect(cluster.logger.errors).toEqual([]);
  });

  test('B3: a room loading on one instance while the other stores edits serves every edit', async () => {
    const { cluster, first, second } = await twoInstances();
    const worksheetId = newWorksheetId();
    const writer = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
    await writer.synced();
    // A stream of edits on the first instance while readers keep arriving on the second.
    const readers: TestProvider[] = [];
    for (let round = 0; round < 20; round++) {
      writer.doc.getArray<number>('items').push([round]);
      readers.push(cluster.provider(second.url, worksheetId, { user: `reader-${round}` }));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const all = Array.from({ length: 20 }, (_, index) => index);
    await Promise.all(
      readers.map((reader) => reader.docSatisfies((doc) => doc.getArray('items').length === all.length)),
    );
    for (const reader of readers) expect(reader.doc.getArray<number>('items').toArray()).toEqual(all);
  });

  test('B5: presence crosses instances both ways, including clients that announced themselves earlier', async () => {
    const { cluster, first, second } = await twoInstances();
    const worksheetId = newWorksheetId();
    const early = cluster.provider(first.url, worksheetId, { user: 'therapist-1', name: 'Dr Early' });
    await early.synced();
    early.provider.awareness.setLocalStateField('cursor', { at: 3 });
    // Joins after the first client announced itself: the new room asks the other instance (awareness query).
    const late = cluster.provider(second.url, worksheetId, {
      user: 'client-1',
      role: 'client',
      name: 'Late',
    });
    await late.synced();
    const nameOf = (state: Record<string, unknown>) => (state.user as { name?: string } | undefined)?.name;
    await late.awarenessSatisfies((states) =>
      [...states.values()].some((state) => nameOf(state) === 'Dr Early' && state.cursor !== undefined),
    );
    late.provider.awareness.setLocalStateField('cursor', { at: 7 });
    await early.awarenessSatisfies((states) =>
      [...states.values()].some(
        (state) => nameOf(state) === 'Late' && (state.cursor as { at: number } | undefined)?.at === 7,
      ),
    );

    // Leaving on one instance removes the presence on the other.
    const lateId = late.doc.clientID;
    late.destroy();
    await early.awarenessSatisfies((states) => !states.has(lateId));
  });

  test('B2: an offline client edits and reconnects to the other instance; everything merges everywhere', async () => {
    const { cluster, first, second } = await twoInstances();
    const worksheetId = newWorksheetId();
    const device = cluster.provider(first.url, worksheetId, { user: 'client-1', role: 'client' });
    const therapist = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
    await Promise.all([device.synced(), therapist.synced()]);
    device.append('online. ');
    await therapist.textIs('online. ');

    // Offline: the device keeps editing; the therapist edits too, on the first instance.
    device.provider.disconnect();
    device.append('offline.');
    therapist.doc.getMap('notes').set('therapist', 'while you were away');

    // The same device (same Y.Doc, same Yjs client id) comes back through the second instance.
    const back = cluster.provider(
      second.url,
      worksheetId,
      { user: 'client-1', role: 'client' },
      { doc: device.doc },
    );
    await back.synced();
    await therapist.textIs('online. offline.');
    await back.docSatisfies((doc) => doc.getMap('notes').get('therapist') === 'while you were away');
    expect(back.text).toBe('online. offline.');
    expect(cluster.logger.errors).toEqual([]);
  });
});

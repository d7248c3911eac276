import { CloseCode } from '@interlude/schema/sync';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { ClusterHarness, clusterStorages } from '../helpers/cluster-harness.js';
import { RawYjsPeer } from '../helpers/raw-yjs-peer.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.each(clusterStorages(() => inject('postgresUrl')))('on $name', ({ make }) => {
  test('B13: a device that got edits on one instance passes them on to another that is behind, and is not refused', async () => {
    const { cluster, first, second } = await ClusterHarness.startWithTwoInstances(await make());
    cleanups.push(() => cluster.dispose());
    const worksheetId = newWorksheetId();
    const therapist = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
    const device = cluster.provider(first.url, worksheetId, { user: 'client-1', role: 'client' });
    // Someone on the second instance keeps its room open.
    const watcher = cluster.provider(second.url, worksheetId, { user: 'client-2', role: 'client' });
    await Promise.all([therapist.synced(), device.synced(), watcher.synced()]);
    therapist.append('Hello. ');
    await Promise.all([device.textIs('Hello. '), watcher.textIs('Hello. ')]);

    // With Redis away the second instance does not hear what the first stores, but the device does.
    await cluster.redis.kill();
    therapist.append('Written on the first instance.');
    await device.textIs('Hello. Written on the first instance.');
    // The device moves to the second instance and sends on the therapist's words with its own state.
    device.provider.destroy();
    const moved = cluster.provider(
      second.url,
      worksheetId,
      { user: 'client-1', role: 'client' },
      { doc: device.doc },
    );
    await watcher.textIs('Hello. Written on the first instance.');
    await moved.synced();
    moved.append(' And my answer.');
    await watcher.textIs('Hello. Written on the first instance. And my answer.');

    expect(moved.closes.map((close) => close.code)).not.toContain(CloseCode.refused);
    const reader = cluster.storage.openDocumentStore();
    expect(await reader.refusedUpdates(worksheetId)).toEqual([]);
    await cluster.redis.restart();
    await therapist.textIs('Hello. Written on the first instance. And my answer.');
  });

  test('B13/R24: new words under someone else’s client id are still refused once the instance has caught up', async () => {
    const { cluster, first, second } = await ClusterHarness.startWithTwoInstances(await make());
    cleanups.push(() => cluster.dispose());
    const worksheetId = newWorksheetId();
    const therapist = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
    await therapist.synced();
    therapist.append('Notes. ');
    // Stored (with its client id's owner) before anyone else arrives: a second reader has it.
    const witness = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
    await witness.textIs('Notes. ');
    const therapistClientId = therapist.doc.clientID;

    // An offender on the second instance writes new words under the therapist's client id.
    const forgeAs = async () => {
      const offender = new RawYjsPeer(second.url, worksheetId, { user: 'client-1', role: 'client' });
      cleanups.push(() => offender.close());
      await offender.sync();
      offender.doc.clientID = therapistClientId;
      offender.forge((doc) => doc.getText('body').insert(0, 'Forged. '));
      return (await offender.socket.closed).code;
    };
    // First the instance catches up in case it was behind (a retryable close), then it refuses.
    expect(await forgeAs()).toBe(CloseCode.resync);
    expect(await forgeAs()).toBe(CloseCode.refused);
    const store = cluster.storage.openDocumentStore();
    expect((await store.refusedUpdates(worksheetId)).map((refused) => refused.provenance.userId)).toEqual([
      'client-1',
    ]);
    await therapist.textIs('Notes. ');
  });
});

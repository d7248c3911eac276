import { Redis } from 'ioredis';
import { afterEach, expect, test } from 'vitest';
import { encodeRoomBusMessage, INSTANCE_ID_BYTES } from '../../src/cluster/bus-message.js';
import { testConfig } from '../../src/config.js';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { startServer } from '../../src/server.js';
import { RedisTestServer } from '../../src/testing/redis-test-server.js';
import { ClusterHarness } from '../helpers/cluster-harness.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

test('B9: garbage on a room channel or the close channel is logged and ignored; the room carries on', async () => {
  const { cluster, first, second } = await ClusterHarness.startWithTwoInstances();
  cleanups.push(() => cluster.dispose());
  const worksheetId = newWorksheetId();
  const writer = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
  const reader = cluster.provider(second.url, worksheetId, { user: 'client-1', role: 'client' });
  await Promise.all([writer.synced(), reader.synced()]);

  const intruder = new Redis(cluster.redis.url);
  cleanups.push(() => intruder.disconnect());
  const stranger = new Uint8Array(INSTANCE_ID_BYTES).fill(9);
  const channel = `interlude:room:${worksheetId}`;
  await intruder.publish(channel, Buffer.from([1]));
  await intruder.publish(channel, Buffer.from([7, 0, ...stranger]));
  // Not a Yjs update: the room logs it and reloads from storage instead.
  await intruder.publish(
    channel,
    encodeRoomBusMessage({ kind: 'update', sender: stranger, payload: new Uint8Array([255, 255, 255]) }),
  );
  await intruder.publish(
    channel,
    encodeRoomBusMessage({ kind: 'awareness', sender: stranger, payload: new Uint8Array([3, 1]) }),
  );
  await intruder.publish('interlude:closes', '{"target":"everyone"}');

  writer.append('still here');
  await reader.textIs('still here');
  reader.append('!');
  await writer.textIs('still here!');
  expect(writer.closes).toEqual([]);
  expect(reader.closes).toEqual([]);
  expect(cluster.logger.errors.length).toBeGreaterThanOrEqual(5);
});

test('B5: a device that moved to another instance keeps its presence there, without a flicker, when the old instance notices it left', async () => {
  const { cluster, first, second } = await ClusterHarness.startWithTwoInstances();
  cleanups.push(() => cluster.dispose());
  const worksheetId = newWorksheetId();
  const observer = cluster.provider(second.url, worksheetId, { user: 'therapist-1' });
  const onFirst = cluster.provider(first.url, worksheetId, { user: 'client-1', role: 'client' });
  await Promise.all([observer.synced(), onFirst.synced()]);
  const deviceId = onFirst.doc.clientID;
  const cursorOf = (states: Map<number, Record<string, unknown>>) =>
    (states.get(deviceId)?.cursor as { at: number } | undefined)?.at;
  onFirst.provider.awareness.setLocalStateField('cursor', { at: 1 });
  await observer.awarenessSatisfies((states) => cursorOf(states) === 1);

  // The device's network to the first instance dies silently (the instance has not noticed yet), and the
  // device comes back through the second with the same document and presence, then moves its cursor.
  const silenced = onFirst.provider as unknown as { _awarenessUpdateHandler: (...args: unknown[]) => void };
  onFirst.provider.awareness.off('update', silenced._awarenessUpdateHandler);
  const device = { doc: onFirst.doc, awareness: onFirst.provider.awareness };
  const onSecond = cluster.provider(second.url, worksheetId, { user: 'client-1', role: 'client' }, device);
  await onSecond.synced();
  onSecond.provider.awareness.setLocalStateField('cursor', { at: 2 });
  await observer.awarenessSatisfies((states) => cursorOf(states) === 2);
  const removals: number[] = [];
  observer.provider.awareness.on('change', ({ removed }: { removed: number[] }) => removals.push(...removed));

  // Everything the second instance published so far has reached the first (one channel, in order).
  const marker = cluster.provider(first.url, worksheetId, { user: 'therapist-2' });
  await marker.synced();
  observer.provider.awareness.setLocalStateField('cursor', { at: 7 });
  await marker.awarenessSatisfies((states) =>
    [...states.values()].some((state) => (state.cursor as { at: number } | undefined)?.at === 7),
  );
  // The first instance now notices the old socket is gone, and says goodbye for the device on the bus.
  onFirst.provider.ws?.close();
  await marker.awarenessSatisfies((states) => !states.has(deviceId));
  // A later change from the first instance arrives after the goodbye (one channel, in order).
  marker.provider.awareness.setLocalStateField('cursor', { at: 42 });
  await observer.awarenessSatisfies((states) =>
    [...states.values()].some((state) => (state.cursor as { at: number } | undefined)?.at === 42),
  );
  expect(cursorOf(observer.provider.awareness.getStates() as Map<number, Record<string, unknown>>)).toBe(2);
  expect(removals).not.toContain(deviceId);
});

test('B1: a server whose REDIS_URL cannot be reached refuses to start, with a clear error', async () => {
  const redis = await RedisTestServer.start();
  const deadUrl = redis.url;
  await redis.stop();
  const dataDir = makeTempDir('no-redis');
  cleanups.push(() => removeTempDir(dataDir));
  await expect(startServer(testConfig(dataDir, { redisUrl: deadUrl }))).rejects.toThrow(
    /Could not reach Redis at REDIS_URL/,
  );
});

import { Redis } from 'ioredis';
import { afterEach, expect, test } from 'vitest';
import { RedisTestServer } from '../../src/testing/redis-test-server.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

test('the harness starts a real redis-server on a free port, restarts it empty on the same port, and stops it', async () => {
  const redis = await RedisTestServer.start();
  cleanups.push(() => redis.stop());
  const client = new Redis(redis.url, { maxRetriesPerRequest: null });
  cleanups.push(() => void client.disconnect());
  await client.set('greeting', 'hello');
  expect(await client.get('greeting')).toBe('hello');

  await redis.restart();
  // ioredis reconnects by itself; the restarted server kept nothing.
  expect(await client.get('greeting')).toBeNull();
  expect(new URL(redis.url).port).toBe(String(redis.port));
});

import { afterEach, expect, test } from 'vitest';
import { RedisAttemptLimiter } from '../../src/cluster/redis-attempt-limiter.js';
import { redisConnection } from '../../src/cluster/redis-connection.js';
import { AttemptCountingUnavailableError } from '../../src/people/attempt-limiter.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { RedisTestServer } from '../../src/testing/redis-test-server.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function limiters(limit = { maxAttempts: 3, windowMs: 60_000 }) {
  const redis = await RedisTestServer.start();
  cleanups.push(() => redis.stop());
  const clock = new ManualClock();
  const connection = (name: string) => {
    const client = redisConnection(redis.url, name);
    cleanups.push(() => client.disconnect());
    return client;
  };
  const first = connection('first');
  const second = connection('second');
  await Promise.all([first.connect(), second.connect()]);
  return {
    clock,
    redis: first,
    // Two instances: two connections, one count.
    onFirst: new RedisAttemptLimiter(first, clock, 'sign-in-account', limit),
    onSecond: new RedisAttemptLimiter(second, clock, 'sign-in-account', limit),
  };
}

test('B10: attempts from any instance count in one sliding window', async () => {
  const { clock, onFirst, onSecond } = await limiters();
  const key = 'client@example.test';
  await onFirst.record(key);
  clock.advance(10_000);
  await onSecond.record(key);
  expect(await onFirst.retryAfterMs(key)).toBe(0);
  clock.advance(10_000);
  await onFirst.record(key);
  // Three in the window: the next is allowed once the oldest is 60 s old.
  expect(await onSecond.retryAfterMs(key)).toBe(40_000);
  clock.advance(40_000);
  expect(await onSecond.retryAfterMs(key)).toBe(0);
  await onSecond.record(key);
  expect(await onFirst.retryAfterMs(key)).toBe(10_000);
  // Another key is counted apart.
  expect(await onFirst.retryAfterMs('someone@example.test')).toBe(0);
});

test('B10: a successful sign-in resets the count everywhere', async () => {
  const { onFirst, onSecond } = await limiters({ maxAttempts: 1, windowMs: 60_000 });
  await onFirst.record('client@example.test');
  expect(await onSecond.retryAfterMs('client@example.test')).toBeGreaterThan(0);
  await onSecond.reset('client@example.test');
  expect(await onFirst.retryAfterMs('client@example.test')).toBe(0);
});

test('B10: Redis holds no email address, and counts expire with their window', async () => {
  const { redis, onFirst } = await limiters();
  await onFirst.record('client@example.test');
  const keys = await redis.keys('*');
  expect(keys).toHaveLength(1);
  expect(keys[0]).toMatch(/^interlude:attempts:sign-in-account:[\w-]{43}$/);
  expect(keys[0]).not.toContain('example');
  const ttl = await redis.pttl(keys[0]!);
  expect(ttl).toBeGreaterThan(0);
  expect(ttl).toBeLessThanOrEqual(60_000);
});

test('B10: with Redis unreachable the limiter refuses to answer rather than let attempts through', async () => {
  const { redis, onFirst } = await limiters();
  redis.disconnect();
  await expect(onFirst.retryAfterMs('client@example.test')).rejects.toBeInstanceOf(
    AttemptCountingUnavailableError,
  );
  await expect(onFirst.record('client@example.test')).rejects.toBeInstanceOf(AttemptCountingUnavailableError);
});

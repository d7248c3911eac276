import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock.js';
import type { AttemptLimit, AttemptLimiter } from '../people/attempt-limiter.js';

/**
 * Attempts counted in Redis, shared by every instance (docs/relay.md B10): one sorted set per key, each
 * attempt a member scored by the time it was made (the Clock), older ones trimmed on every read. Keys are
 * hashed, so no email address or client address is written to Redis. While Redis is unreachable the
 * calls reject, and sign-in answers 500 rather than letting guesses through uncounted.
 */
export class RedisAttemptLimiter implements AttemptLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly purpose: string,
    private readonly limit: AttemptLimit,
    private readonly prefix = 'interlude:',
  ) {}

  async retryAfterMs(key: string): Promise<number> {
    const now = this.clock.now();
    const redisKey = this.keyFor(key);
    const results = await this.redis
      .multi()
      .zremrangebyscore(redisKey, '-inf', now - this.limit.windowMs)
      .zrange(redisKey, String(-this.limit.maxAttempts), String(-this.limit.maxAttempts), 'WITHSCORES')
      .exec();
    const [, oldestOfLimit] = throwOnError(results);
    const scores = oldestOfLimit as string[];
    // Fewer than maxAttempts in the window: the range is empty.
    if (scores.length < 2) return 0;
    return Math.max(1, Number(scores[1]) + this.limit.windowMs - now);
  }

  async record(key: string): Promise<void> {
    const now = this.clock.now();
    const redisKey = this.keyFor(key);
    const member = `${now}:${randomBytes(6).toString('hex')}`;
    const results = await this.redis
      .multi()
      .zadd(redisKey, now, member)
      .pexpire(redisKey, this.limit.windowMs)
      .exec();
    throwOnError(results);
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.keyFor(key));
  }

  private keyFor(key: string): string {
    const digest = createHash('sha256').update(key).digest('base64url');
    return `${this.prefix}attempts:${this.purpose}:${digest}`;
  }
}

function throwOnError(results: Array<[Error | null, unknown]> | null): unknown[] {
  if (!results) throw new Error('The Redis transaction was aborted');
  return results.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../clock.js';
import {
  AttemptCountingUnavailableError,
  type AttemptLimit,
  type AttemptLimiter,
} from '../people/attempt-limiter.js';

/**
 * Attempts counted in Redis, shared by every instance (docs/relay.md B10): one sorted set per key, each
 * attempt a member scored by the time it was made (the Clock), older ones trimmed on every read. Keys are
 * hashed, so no email address or client address is written to Redis. While Redis is unreachable the
 * calls reject with AttemptCountingUnavailableError, and sign-in answers 503 rather than letting guesses
 * through uncounted.
 */
export class RedisAttemptLimiter implements AttemptLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly clock: Clock,
    private readonly purpose: string,
    private readonly limit: AttemptLimit,
    private readonly prefix = 'interlude:',
  ) {}

  retryAfterMs(key: string): Promise<number> {
    return unavailableWhenRedisIs(() => this.oldestWithinLimit(key));
  }

  record(key: string): Promise<void> {
    return unavailableWhenRedisIs(() => this.add(key));
  }

  reset(key: string): Promise<void> {
    return unavailableWhenRedisIs(async () => {
      await this.redis.del(this.keyFor(key));
    });
  }

  private async oldestWithinLimit(key: string): Promise<number> {
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

  private async add(key: string): Promise<void> {
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

  private keyFor(key: string): string {
    const digest = createHash('sha256').update(key).digest('base64url');
    return `${this.prefix}attempts:${this.purpose}:${digest}`;
  }
}

async function unavailableWhenRedisIs<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new AttemptCountingUnavailableError(`Sign-in attempts cannot be counted: ${String(error)}`, {
      cause: error,
    });
  }
}

function throwOnError(results: Array<[Error | null, unknown]> | null): unknown[] {
  if (!results) throw new Error('The Redis transaction was aborted');
  return results.map(([error, value]) => {
    if (error) throw error;
    return value;
  });
}

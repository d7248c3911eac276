import type { Clock } from '../clock.js';

export interface AttemptLimit {
  maxAttempts: number;
  windowMs: number;
}

/**
 * Counts attempts per key in a sliding window, to slow password guessing: per account and per client
 * address. In memory for one server (`MemoryAttemptLimiter`); in Redis when several instances share the
 * load (`cluster/redis-attempt-limiter.ts`), so a guesser gains nothing by reaching another instance.
 */
export interface AttemptLimiter {
  /** Milliseconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfterMs(key: string): Promise<number>;
  record(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

/**
 * The attempts cannot be counted now (the Redis that holds them is away): sign-in is paused, not opened to
 * uncounted guesses. The API answers 503 and asks to try again shortly.
 */
export class AttemptCountingUnavailableError extends Error {
  override name = 'AttemptCountingUnavailableError';
}

/** Makes the limiter for one purpose (`sign-in-account`, `sign-in-address`). */
export type AttemptLimiterFactory = (purpose: string, limit: AttemptLimit) => AttemptLimiter;

/** The attempts of one server instance, held in memory. */
export class MemoryAttemptLimiter implements AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: AttemptLimit,
  ) {}

  async retryAfterMs(key: string): Promise<number> {
    const recent = this.recent(key);
    if (recent.length < this.limit.maxAttempts) return 0;
    const oldest = recent[recent.length - this.limit.maxAttempts]!;
    return Math.max(1, oldest + this.limit.windowMs - this.clock.now());
  }

  async record(key: string): Promise<void> {
    const recent = this.recent(key);
    recent.push(this.clock.now());
    this.attempts.set(key, recent);
  }

  async reset(key: string): Promise<void> {
    this.attempts.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.clock.now() - this.limit.windowMs;
    const recent = (this.attempts.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.attempts.delete(key);
    else this.attempts.set(key, recent);
    return recent;
  }
}

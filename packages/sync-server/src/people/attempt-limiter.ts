import type { Clock } from '../clock.js';

export interface AttemptLimit {
  maxAttempts: number;
  windowMs: number;
}

/**
 * Counts attempts per key in a sliding window (held in memory, per server instance). Used to slow
 * password guessing: per account and per client address.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: AttemptLimit,
  ) {}

  /** Milliseconds until another attempt is allowed, or 0 when one is allowed now. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.limit.maxAttempts) return 0;
    const oldest = recent[recent.length - this.limit.maxAttempts]!;
    return Math.max(1, oldest + this.limit.windowMs - this.clock.now());
  }

  record(key: string): void {
    const recent = this.recent(key);
    recent.push(this.clock.now());
    this.attempts.set(key, recent);
  }

  reset(key: string): void {
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

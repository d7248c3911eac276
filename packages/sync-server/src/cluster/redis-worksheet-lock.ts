import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RelayLogger } from '../relay/relay-logger.js';

/** Longest a lock is held if its instance dies holding it; work that takes longer is not waited for. */
export const WORKSHEET_LOCK_MS = 15_000;
/** How often a waiting instance asks again. */
const RETRY_MS = 20;

// Deletes the key only if it still holds this holder's token: a lock that expired and was taken by another
// instance is not released by the late first holder.
const RELEASE_IF_MINE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * Work on one worksheet that must not run on two instances at once (docs/relay.md B11): a room's load, since
 * a document written by an older app is migrated as it loads and two instances migrating it would each store a
 * migration (the content twice), and a compaction. The lock is a Redis key set with NX and an expiry; a waiting
 * instance asks again every few milliseconds. Availability comes first: with Redis away, or a holder that
 * outlives the expiry, the work goes ahead without the lock (logged).
 */
export class RedisWorksheetLock {
  /** Locks this instance holds, by key, with their tokens: released when it shuts down, not left to expire. */
  private readonly held = new Map<string, string>();
  private closed = false;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: RelayLogger,
  ) {}

  async run<T>(worksheetId: string, work: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}worksheet-lock:${worksheetId}`;
    const token = randomBytes(12).toString('hex');
    const held = await this.acquire(key, token, worksheetId);
    if (held) this.held.set(key, token);
    try {
      return await work();
    } finally {
      if (held) await this.release(key, token, worksheetId);
    }
  }

  /** Shutting down: lets go of every lock still held, so another instance need not wait for them to expire. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.held].map(([key, token]) => this.release(key, token, key)));
  }

  private async release(key: string, token: string, worksheetId: string): Promise<void> {
    if (this.held.get(key) !== token) return;
    this.held.delete(key);
    await this.redis.eval(RELEASE_IF_MINE, 1, key, token).catch((error: unknown) => {
      // It expires by itself; another instance waits at most until then.
      this.logger.warn(`Could not release the lock of worksheet ${worksheetId}`, error);
    });
  }

  private async acquire(key: string, token: string, worksheetId: string): Promise<boolean> {
    if (this.closed) return false;
    const startedAt = Date.now();
    const giveUpAt = startedAt + WORKSHEET_LOCK_MS;
    for (;;) {
      try {
        if ((await this.redis.set(key, token, 'PX', WORKSHEET_LOCK_MS, 'NX')) === 'OK') {
          const waited = Date.now() - startedAt;
          // A load or compaction takes milliseconds: a long wait is worth an operator's look.
          if (waited > 2_000)
            this.logger.warn(`Waited ${waited} ms for the lock of worksheet ${worksheetId}`);
          return true;
        }
      } catch (error) {
        this.logger.warn(`Working on ${worksheetId} without its lock: Redis is away`, error);
        return false;
      }
      if (Date.now() >= giveUpAt) {
        this.logger.warn(`Working on ${worksheetId} without its lock: another instance held it too long`);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS));
    }
  }
}

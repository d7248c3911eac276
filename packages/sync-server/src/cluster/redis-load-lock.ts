import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RelayLogger } from '../relay/relay-logger.js';

/** Longest a lock is held if its instance dies holding it; a load that takes longer is not waited for. */
export const LOAD_LOCK_MS = 15_000;
/** How often a waiting instance asks again. */
const RETRY_MS = 20;

// Deletes the key only if it still holds this holder's token: a lock that expired and was taken by another
// instance is not released by the late first holder.
const RELEASE_IF_MINE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * One worksheet's room loads on one instance at a time (docs/relay.md R18, B11): a document written by an
 * older app is migrated as it loads, and two instances migrating it at once would each store a migration
 * (the content twice). The lock is a Redis key set with NX and an expiry; a waiting instance asks again
 * every few milliseconds. Availability comes first: with Redis away, or a holder that outlives the expiry,
 * the load goes ahead without the lock (logged).
 */
export class RedisLoadLock {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly logger: RelayLogger,
  ) {}

  async run<T>(worksheetId: string, load: () => Promise<T>): Promise<T> {
    const key = `${this.prefix}load-lock:${worksheetId}`;
    const token = randomBytes(12).toString('hex');
    const held = await this.acquire(key, token, worksheetId);
    try {
      return await load();
    } finally {
      if (held) {
        await this.redis.eval(RELEASE_IF_MINE, 1, key, token).catch((error: unknown) => {
          // It expires by itself; another instance waits at most until then.
          this.logger.warn(`Could not release the load lock of ${worksheetId}`, error);
        });
      }
    }
  }

  private async acquire(key: string, token: string, worksheetId: string): Promise<boolean> {
    const giveUpAt = Date.now() + LOAD_LOCK_MS;
    for (;;) {
      try {
        if ((await this.redis.set(key, token, 'PX', LOAD_LOCK_MS, 'NX')) === 'OK') return true;
      } catch (error) {
        this.logger.warn(`Loading ${worksheetId} without the load lock: Redis is away`, error);
        return false;
      }
      if (Date.now() >= giveUpAt) {
        this.logger.warn(`Loading ${worksheetId} without the load lock: another instance held it too long`);
        return false;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS + Math.random() * RETRY_MS));
    }
  }
}

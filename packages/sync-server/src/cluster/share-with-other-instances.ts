import type { Clock } from '../clock.js';
import type { AttemptLimiterFactory } from '../people/attempt-limiter.js';
import type { RelayLogger } from '../relay/relay-logger.js';
import { type RoomBus, singleInstanceBus } from '../relay/room-bus.js';
import { StartupError } from '../startup-error.js';
import type { DocumentStore } from '../storage/document-store.js';
import { RedisAttemptLimiter } from './redis-attempt-limiter.js';
import { redisConnection } from './redis-connection.js';
import { RedisRoomBus } from './redis-room-bus.js';

/** What one server instance shares with the others: its rooms and close requests, and sign-in limits. */
export interface SharedInstance {
  roomBus: RoomBus;
  /** Undefined: count attempts in memory, as one instance does. */
  attemptLimiters: AttemptLimiterFactory | undefined;
  close(): Promise<void>;
}

export interface ShareOptions {
  store: Pick<DocumentStore, 'load'>;
  clock: Clock;
  logger: RelayLogger;
}

/** Without a Redis URL the server is alone: nothing is shared and nothing costs anything. */
export async function shareWithOtherInstances(
  redisUrl: string | null,
  { store, clock, logger }: ShareOptions,
): Promise<SharedInstance> {
  if (!redisUrl) {
    return { roomBus: singleInstanceBus, attemptLimiters: undefined, close: () => Promise.resolve() };
  }
  const roomBus = await RedisRoomBus.connect({ redisUrl, store, logger });
  const limits = redisConnection(redisUrl, 'limits');
  try {
    await limits.connect();
  } catch (error) {
    await roomBus.close();
    limits.disconnect();
    throw new StartupError(
      `Could not reach Redis at REDIS_URL (${new URL(redisUrl).host}): ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  return {
    roomBus,
    attemptLimiters: (purpose, limit) => new RedisAttemptLimiter(limits, clock, purpose, limit),
    async close() {
      await roomBus.close();
      await limits.quit().catch(() => limits.disconnect());
    },
  };
}

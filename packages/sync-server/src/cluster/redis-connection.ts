import { Redis } from 'ioredis';

/**
 * A Redis connection as the cluster code uses it: connects when asked, fails commands at once while
 * disconnected instead of queueing them without bound (what is missed is reloaded from storage), and
 * reconnects by itself, backing off to one attempt a second.
 */
export function redisConnection(redisUrl: string, purpose: string): Redis {
  const connection = new Redis(redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    autoResubscribe: false,
    maxRetriesPerRequest: 1,
    connectionName: `interlude-${purpose}`,
    retryStrategy: (attempt) => Math.min(attempt * 100, 1000),
  });
  // Reported through the commands that fail and the reconnect handlers; an unhandled 'error' would crash.
  connection.on('error', () => {});
  return connection;
}

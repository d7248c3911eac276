import type { Clock } from './clock.js';
import type { ServerConfig } from './config.js';
import type { SqliteDatabase } from './database/open-database.js';

/** What every part of a running server shares. Built once in server.ts and passed down. */
export interface ServerContext {
  config: ServerConfig;
  clock: Clock;
  db: SqliteDatabase;
  startedAt: number;
  isReady(): boolean;
}

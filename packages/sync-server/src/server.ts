import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { createApp } from './app.js';
import { type Clock, systemClock } from './clock.js';
import type { ServerConfig } from './config.js';
import { type Migration, openDatabase } from './database/open-database.js';
import type { ServerContext } from './server-context.js';

export interface RunningServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  /** http://host:port */
  url: string;
  context: ServerContext;
  /** Stops accepting, finishes pending writes, closes sockets and storage. */
  close(): Promise<void>;
}

export interface StartServerOptions {
  clock?: Clock;
}

/** Every module's schema changes, in the order they must run. */
const migrations: Migration[] = [];

export async function startServer(
  config: ServerConfig,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const db = openDatabase(config.dataDir, { synchronous: config.sqliteSynchronous, migrations });
  let ready = false;
  const context: ServerContext = { config, clock, db, startedAt: clock.now(), isReady: () => ready };
  const app = createApp(context);

  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started),
    );
  });
  ready = true;
  const port = (server.address() as AddressInfo).port;
  const displayHost = config.host === '0.0.0.0' ? 'localhost' : config.host;

  let closing: Promise<void> | null = null;
  return {
    port,
    url: `http://${displayHost}:${port}`,
    context,
    close() {
      closing ??= (async () => {
        ready = false;
        await new Promise<void>((resolve) => server.close(() => resolve()));
        db.close();
      })();
      return closing;
    },
  };
}

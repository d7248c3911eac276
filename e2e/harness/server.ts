import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer, testConfig } from '../../packages/sync-server/src/index.js';
import { ManualClock } from '../../packages/sync-server/src/testing/manual-clock.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webDistDir = path.resolve(here, '../../apps/web/dist');

export interface TestServer {
  /** http://127.0.0.1:<port>, the origin pages load from. */
  url: string;
  dataDir: string;
  server: RunningServer;
  /** The server's clock when started with `manualClock` (time stands still until `advance`); else null. */
  clock: ManualClock | null;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Seed the demo practice (therapist@demo.interlude and two clients). */
  seedDemo?: boolean;
  /**
   * Run the server on a `ManualClock` started at the real current time (so the browser's "today" and the
   * server's agree), for tests that move time on: sessions, due dates, repeating assignments.
   */
  manualClock?: boolean;
  /** Serve this build instead of apps/web/dist (a copy a test may change, as a deploy would). */
  webDistDir?: string;
  /** Keep everything in this Postgres database, as DATABASE_URL does, instead of SQLite in the data folder. */
  databaseUrl?: string;
}

/**
 * A real server in this process: free port, throwaway data directory, serving the built web app.
 * Refuses to start without a build, because a stale or missing app makes every browser test lie.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const distDir = options.webDistDir ?? webDistDir;
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(
      `No built web app at ${distDir}: run \`npx pnpm@12.4.2 --filter @interlude/web build\` first.`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-e2e-'));
  const clock = options.manualClock ? new ManualClock(Date.now()) : null;
  const server = await startServer(
    testConfig(dataDir, {
      webDistDir: distDir,
      seedDemo: options.seedDemo ?? false,
      databaseUrl: options.databaseUrl ?? null,
    }),
    clock ? { clock } : {},
  );
  return {
    url: server.url,
    dataDir,
    server,
    clock,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer, testConfig } from '../../packages/sync-server/src/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const webDistDir = path.resolve(here, '../../apps/web/dist');

export interface TestServer {
  /** http://127.0.0.1:<port>, the origin pages load from. */
  url: string;
  dataDir: string;
  server: RunningServer;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Seed the demo practice (therapist@demo.interlude and two clients). */
  seedDemo?: boolean;
}

/**
 * A real server in this process: free port, throwaway data directory, serving the built web app.
 * Refuses to start without a build, because a stale or missing app makes every browser test lie.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  if (!fs.existsSync(path.join(webDistDir, 'index.html'))) {
    throw new Error(
      `No built web app at ${webDistDir}: run \`npx pnpm@12.4.2 --filter @interlude/web build\` first.`,
    );
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-e2e-'));
  const server = await startServer(testConfig(dataDir, { webDistDir, seedDemo: options.seedDemo ?? false }));
  return {
    url: server.url,
    dataDir,
    server,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

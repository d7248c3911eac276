/**
 * A relay server for tests and benchmarks ONLY: everyone is let in (see queryStringAuthorizer).
 *   PORT=0 DATA_DIR=/tmp/x npx tsx packages/sync-server/test/helpers/relay-test-server.ts
 * Prints `listening <port>` on stdout once it accepts connections; SIGTERM/SIGINT shut it down cleanly.
 * Other settings come from the same environment variables as the real server (see config.ts).
 */
import { loadConfig } from '../../src/config.js';
import { startServer } from '../../src/server.js';
import { queryStringAuthorizer } from './test-authorizer.js';

async function main(): Promise<void> {
  const config = loadConfig({ HOST: '127.0.0.1', PORT: '0', ...process.env, SEED_DEMO: 'false' }, null);
  const server = await startServer(config, { authorizeWorksheet: queryStringAuthorizer });
  process.stdout.write(`listening ${server.port}\n`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

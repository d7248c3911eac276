import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.js';
import { describeStorage } from './database/server-storage.js';
import { startServer } from './server.js';
import { StartupError } from './startup-error.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultWebDistDir = path.resolve(here, '../../../apps/web/dist');

async function main(): Promise<void> {
  const config = loadConfig(process.env, defaultWebDistDir);
  const server = await startServer(config);
  const sharing = config.redisUrl
    ? `, shared with other instances through Redis at ${new URL(config.redisUrl).host}`
    : '';
  console.log(`Interlude is running at ${server.url} (data: ${describeStorage(config)}${sharing})`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing writes and closing connections…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof StartupError ? error.message : error);
  process.exit(1);
});

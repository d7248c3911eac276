import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { testConfig } from '../../src/config.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import { startServer } from '../../src/server.js';
import { startPostgresTestServer } from '../../src/testing/postgres-test-server.js';
import { createTestDatabase } from '../../src/testing/test-database.js';
import { MemoryRelayLogger } from '../helpers/relay-fixture.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';
import { queryStringAuthorizer } from '../helpers/test-authorizer.js';
import { TestProvider } from '../helpers/test-provider.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

test('Postgres restarting under a running server: the relay stays up, and what was written meanwhile is stored once it is back', async () => {
  // A server of its own: restarting the run's shared one would cut every other test file off.
  const postgres = await startPostgresTestServer();
  cleanups.push(() => postgres.stop());
  const database = await createTestDatabase(postgres.url, 'restart');
  const dataDir = makeTempDir('postgres-restart');
  cleanups.push(() => removeTempDir(dataDir));
  const logger = new MemoryRelayLogger();
  const server = await startServer(testConfig(dataDir, { databaseUrl: database.url }), {
    authorizeWorksheet: queryStringAuthorizer,
    relayLogger: logger,
  });
  cleanups.push(() => server.close());
  const worksheetId = newWorksheetId();
  const writer = new TestProvider(server.url, worksheetId, { user: 'therapist-1' });
  cleanups.push(() => writer.destroy());
  await writer.synced();
  writer.append('before. ');
  await server.context.relay.flushed();

  // A client checked out of a pool when Postgres goes away (as in a transaction) must not end the process.
  const pool = createPostgresPool({ connectionString: database.url, maxConnections: 1 });
  pool.on('error', () => {});
  cleanups.push(() => pool.end());
  const checkedOut = await pool.connect();

  // Postgres goes away: the write cannot be stored, so the relay asks the client to retry (1011)…
  await postgres.shutDown();
  writer.append('while Postgres restarts. ');
  await writer.closedWith((code) => code === 1011);
  await postgres.startAgain();
  checkedOut.release(true);
  // …and once it is back, the client's retry stores everything, and more edits follow as usual.
  writer.append('after.');
  const stored = async () => {
    const doc = new Y.Doc();
    for (const update of (await server.context.documentStore.load(worksheetId))?.updates ?? []) {
      Y.applyUpdate(doc, update);
    }
    return doc.getText('body').toString();
  };
  while ((await stored().catch(() => '')) !== 'before. while Postgres restarts. after.') {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const reader = new TestProvider(server.url, worksheetId, { user: 'client-1', role: 'client' });
  cleanups.push(() => reader.destroy());
  await reader.textIs('before. while Postgres restarts. after.');
  expect(logger.errors.length).toBeGreaterThan(0);
});

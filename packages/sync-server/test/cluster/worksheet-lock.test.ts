import { CONTENT_FIELD } from '@interlude/schema';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { redisConnection } from '../../src/cluster/redis-connection.js';
import { RedisWorksheetLock } from '../../src/cluster/redis-worksheet-lock.js';
import { openDatabase } from '../../src/database/open-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import type { DocumentStore, StoredDocument } from '../../src/storage/document-store.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { RedisTestServer } from '../../src/testing/redis-test-server.js';
import { ClusterHarness } from '../helpers/cluster-harness.js';
import { Gate } from '../helpers/controlled-document-store.js';
import { olderWorksheetUpdate } from '../helpers/older-worksheet.js';
import { MemoryRelayLogger } from '../helpers/relay-fixture.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Wraps a store: loads read storage, then wait at `gate`; `loadsStarted` counts the loads begun. */
function observedLoads(inner: DocumentStore, gate: Gate | null) {
  const observed = { loadsStarted: 0, store: inner };
  observed.store = new Proxy(inner, {
    get: (target, property, receiver) => {
      if (property !== 'load') return Reflect.get(target, property, receiver);
      return async (documentId: string): Promise<StoredDocument | null> => {
        observed.loadsStarted += 1;
        const read = await target.load(documentId);
        await gate?.wait();
        return read;
      };
    },
  });
  return observed;
}

test('R18/B11: an older document opened on two instances at once is migrated once, by the first to load it', async () => {
  const cluster = await ClusterHarness.start();
  cleanups.push(() => cluster.dispose());
  const db = openDatabase(cluster.storage.instance().dataDir, {
    synchronous: 'NORMAL',
    migrations: serverMigrations,
  });
  cleanups.push(() => db.close());
  const worksheetId = newWorksheetId();
  await new SqliteDocumentStore(db).appendUpdates(worksheetId, [olderWorksheetUpdate()], {
    userId: 'therapist-1',
    role: 'therapist',
    receivedAt: 1,
  });

  // The first instance reads the older document and is held before it can store its migration.
  const gate = new Gate();
  const first = observedLoads(new SqliteDocumentStore(db), gate);
  const second = observedLoads(new SqliteDocumentStore(db), null);
  const firstServer = await cluster.startServer({ documentStore: first.store });
  const secondServer = await cluster.startServer({ documentStore: second.store });
  const therapist = cluster.provider(firstServer.url, worksheetId, { user: 'therapist-1' });
  await gate.reached();
  const client = cluster.provider(secondServer.url, worksheetId, { user: 'client-1', role: 'client' });
  while (!secondServer.context.relay.hasRoom(worksheetId))
    await new Promise((resolve) => setTimeout(resolve, 10));
  // Time for a load that did not wait for the lock to begin (it would, at once, from the same storage).
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(second.loadsStarted).toBe(0);

  gate.open();
  await Promise.all([therapist.synced(), client.synced()]);
  const rows = await secondServer.context.accounts.sql.query<{ role: string }>(
    'SELECT role FROM document_updates WHERE document_id = ? ORDER BY seq',
    [worksheetId],
  );
  expect(rows.map((row) => row.role)).toEqual(['therapist', 'system']);
  const prompts = client.doc
    .getXmlFragment(CONTENT_FIELD)
    .toArray()
    .filter((node) => node instanceof Y.XmlElement && node.nodeName === 'prompt');
  expect(prompts).toHaveLength(1);
  expect(second.loadsStarted).toBe(1);
  expect(cluster.logger.errors).toEqual([]);
});

test('B11: an instance shutting down lets go of the locks it holds; another takes them at once', async () => {
  const redisServer = await RedisTestServer.start();
  cleanups.push(() => redisServer.stop());
  const connections = [
    redisConnection(redisServer.url, 'lock-a'),
    redisConnection(redisServer.url, 'lock-b'),
  ];
  for (const connection of connections) {
    await connection.connect();
    cleanups.push(() => connection.disconnect());
  }
  const logger = new MemoryRelayLogger();
  const [first, second] = connections.map(
    (connection) => new RedisWorksheetLock(connection, 'test:', logger),
  );
  const gate = new Gate();
  const held = first!.run('w1', () => gate.wait());
  await gate.reached();
  expect(await connections[0]!.exists('test:worksheet-lock:w1')).toBe(1);

  await first!.close();
  expect(await connections[0]!.exists('test:worksheet-lock:w1')).toBe(0);
  let ran = false;
  await second!.run('w1', async () => {
    ran = true;
  });
  expect(ran).toBe(true);
  gate.open();
  await held;
  expect(logger.warnings).toEqual([]);
});

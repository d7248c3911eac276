import { Redis } from 'ioredis';
import { afterEach, expect, test } from 'vitest';
import { openDatabase } from '../../src/database/open-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import type { DocumentStore, StoredDocument } from '../../src/storage/document-store.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { ClusterHarness } from '../helpers/cluster-harness.js';
import { Gate } from '../helpers/controlled-document-store.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A store whose loads read storage at once and then wait at a gate: a load overtaken by other writes. */
class OvertakenLoads {
  readonly gate = new Gate();
  constructor(private readonly inner: DocumentStore) {}
  store(): DocumentStore {
    return new Proxy(this.inner, {
      get: (target, property, receiver) => {
        if (property !== 'load') return Reflect.get(target, property, receiver);
        return async (documentId: string): Promise<StoredDocument | null> => {
          const read = await target.load(documentId);
          await this.gate.wait();
          return read;
        };
      },
    });
  }
}

test('B3: what another instance stores while a room is loading is applied before anyone is served', async () => {
  const cluster = await ClusterHarness.start();
  cleanups.push(() => cluster.dispose());
  const first = await cluster.startServer();
  const db = openDatabase(cluster.storage.instance().dataDir, {
    synchronous: 'NORMAL',
    migrations: serverMigrations,
  });
  cleanups.push(() => db.close());
  const overtaken = new OvertakenLoads(new SqliteDocumentStore(db));
  const second = await cluster.startServer({ documentStore: overtaken.store() });
  const worksheetId = newWorksheetId();
  const writer = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
  await writer.synced();
  writer.append('before. ');
  await writer.textIs('before. ');

  // The second instance reads storage for a new reader, and is overtaken before it finishes loading.
  const reader = cluster.provider(second.url, worksheetId, { user: 'client-1', role: 'client' });
  await overtaken.gate.reached();
  const watcher = new Redis(cluster.redis.url);
  cleanups.push(() => watcher.disconnect());
  const published = new Promise<void>((resolve) => watcher.once('messageBuffer', () => resolve()));
  await watcher.subscribe(`interlude:room:${worksheetId}`);
  writer.append('during the load.');
  await published;
  // One more round trip: the second instance's subscriber, written to by Redis with ours, has heard it too.
  const another = watcher.duplicate();
  cleanups.push(() => another.disconnect());
  await another.ping();
  overtaken.gate.open();

  await reader.textIs('before. during the load.');
  expect(cluster.logger.errors).toEqual([]);
});

test('B7: updates stored while Redis was away reach the other instance once it is back', async () => {
  const { cluster, first, second } = await ClusterHarness.startWithTwoInstances();
  cleanups.push(() => cluster.dispose());
  const worksheetId = newWorksheetId();
  const writer = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
  const reader = cluster.provider(second.url, worksheetId, { user: 'client-1', role: 'client' });
  await Promise.all([writer.synced(), reader.synced()]);
  writer.append('one. ');
  await reader.textIs('one. ');

  await cluster.redis.kill();
  // Stored and echoed by the first instance; its publishes fail, nobody on the second hears them now.
  let written = 'one. ';
  for (const word of ['two. ', 'and. ', 'more. ']) {
    writer.append(word);
    written += word;
    await writer.textIs(written);
  }
  await cluster.redis.restart();

  // Both instances reconnect by themselves; the second reloads the room from storage.
  await reader.textIs('one. two. and. more. ');
  writer.append('three.');
  await reader.textIs('one. two. and. more. three.');
  reader.append(' Reply.');
  await writer.textIs('one. two. and. more. three. Reply.');
  // Each instance tells the operator of the outage once (the two share this logger), not once per change.
  const said = (start: string) => cluster.logger.warnings.filter((line) => line.startsWith(start)).length;
  expect(said('Redis is away')).toBe(2);
  expect(said('Redis is back')).toBe(2);
});

test('B7: a room that loaded while Redis was away catches up once Redis is back', async () => {
  const { cluster, first, second } = await ClusterHarness.startWithTwoInstances();
  cleanups.push(() => cluster.dispose());
  const worksheetId = newWorksheetId();
  const writer = cluster.provider(first.url, worksheetId, { user: 'therapist-1' });
  await writer.synced();
  writer.append('stored. ');
  await writer.textIs('stored. ');

  await cluster.redis.kill();
  // The second instance opens the worksheet without being able to follow it: it serves what is stored…
  const reader = cluster.provider(second.url, worksheetId, { user: 'client-1', role: 'client' });
  await reader.textIs('stored. ');
  // …while the first stores more that nobody can publish.
  writer.append('missed. ');
  await writer.textIs('stored. missed. ');

  await cluster.redis.restart();
  await reader.textIs('stored. missed. ');
  writer.append('live.');
  await reader.textIs('stored. missed. live.');
});

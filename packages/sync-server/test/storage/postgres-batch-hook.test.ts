import crypto from 'node:crypto';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import * as Y from 'yjs';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { DocumentStoreError, type DocumentWrite } from '../../src/storage/document-store.js';
import { PostgresDocumentStore } from '../../src/storage/postgres-document-store.js';
import { postgresStorageMigrations } from '../../src/storage/storage-migrations.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'), 'batch_hook');
});
afterAll(async () => {
  await database.drop();
});

let schema: string;
const pools: pg.Pool[] = [];
const open = () => {
  const pool = createPostgresPool({ connectionString: database.url, schema, maxConnections: 4 });
  pools.push(pool);
  return pool;
};
beforeEach(async () => {
  schema = `hook_${crypto.randomBytes(5).toString('hex')}`;
  const admin = open();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await applyPostgresMigrations(admin, postgresStorageMigrations);
  await admin.query('CREATE TABLE batch_notes (document_id TEXT NOT NULL, updates INTEGER NOT NULL)');
});
afterEach(async () => {
  await pools[0]!.query(`DROP SCHEMA ${schema} CASCADE`);
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

function textEdit(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const write = (documentId: string, text: string): DocumentWrite => ({
  documentId,
  update: textEdit(text),
  provenance: { userId: 'client-1', role: 'client', receivedAt: 5 },
});

test("the hook runs inside the batch's transaction: it sees the batch's updates, nobody else does yet", async () => {
  const outside = open();
  const seen: Array<{ inside: number; outside: number }> = [];
  const store = new PostgresDocumentStore(open(), async (tx, writes) => {
    const count = 'SELECT count(*)::int AS n FROM document_updates';
    const inside = (await tx.one<{ n: number }>(count))!.n;
    seen.push({ inside, outside: (await outside.query<{ n: number }>(count)).rows[0]!.n });
    await tx.run('INSERT INTO batch_notes (document_id, updates) VALUES (?, ?)', [
      writes[0]!.documentId,
      writes.length,
    ]);
  });
  await store.appendBatch([write('doc-a', 'one'), write('doc-b', 'two')]);
  expect(seen).toEqual([{ inside: 2, outside: 0 }]);
  expect((await outside.query('SELECT document_id, updates FROM batch_notes')).rows).toEqual([
    { document_id: 'doc-a', updates: 2 },
  ]);
  expect((await store.load('doc-b'))?.updates).toHaveLength(1);
});

test('a hook that throws fails the whole batch: nothing of it is stored, its own rows neither', async () => {
  const store = new PostgresDocumentStore(open(), async (tx) => {
    await tx.run("INSERT INTO batch_notes (document_id, updates) VALUES ('doc-a', 1)");
    throw new Error('the hook refused');
  });
  const failure = store.appendBatch([write('doc-a', 'one'), write('doc-b', 'two')]);
  await expect(failure).rejects.toBeInstanceOf(DocumentStoreError);
  await expect(failure).rejects.toThrow(/the hook refused/);
  expect(await store.load('doc-a')).toBeNull();
  expect(await store.load('doc-b')).toBeNull();
  expect(await store.provenanceSummary('doc-a')).toEqual([]);
  expect((await open().query('SELECT * FROM batch_notes')).rowCount).toBe(0);
});

test('the hook runs for appendUpdates too, and a store without one appends as before', async () => {
  const batches: number[] = [];
  const hooked = new PostgresDocumentStore(open(), async (_tx, writes) => {
    batches.push(writes.length);
  });
  await hooked.appendUpdates('doc-a', [textEdit('a'), textEdit('b')], write('doc-a', '').provenance);
  expect(batches).toEqual([2]);
  await new PostgresDocumentStore(open()).appendBatch([write('doc-b', 'plain')]);
  expect((await hooked.load('doc-b'))?.updates).toHaveLength(1);
});

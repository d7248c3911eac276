import crypto from 'node:crypto';
import { describeDocumentStoreContract } from '@interlude/sync-server/document-store-contract';
import type pg from 'pg';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import * as Y from 'yjs';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { DocumentStoreError, type UpdateProvenance } from '../../src/storage/document-store.js';
import { PostgresDocumentStore } from '../../src/storage/postgres-document-store.js';
import { postgresStorageMigrations } from '../../src/storage/storage-migrations.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'), 'document_store');
});
afterAll(async () => {
  await database.drop();
});

/** A fresh schema with the store's tables; every pool opened on it is closed by `dispose`. */
async function freshSchema() {
  const schema = `store_${crypto.randomBytes(5).toString('hex')}`;
  const pools: pg.Pool[] = [];
  const open = (maxConnections = 4) => {
    const pool = createPostgresPool({ connectionString: database.url, schema, maxConnections });
    pools.push(pool);
    return pool;
  };
  const admin = open();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await applyPostgresMigrations(admin, postgresStorageMigrations);
  return {
    admin,
    open,
    dispose: async () => {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await Promise.all(pools.map((pool) => pool.end()));
    },
  };
}

describeDocumentStoreContract('PostgresDocumentStore', async () => {
  const { open, dispose } = await freshSchema();
  return { store: new PostgresDocumentStore(open()), dispose };
});

const client: UpdateProvenance = { userId: 'client-1', role: 'client', receivedAt: 1 };

function textOf(updates: readonly Uint8Array[]): string {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc.getText('body').toString();
}

test('two instances compacting one document while a third appends lose and duplicate nothing', async () => {
  const { admin, open, dispose } = await freshSchema();
  try {
    const compactorA = new PostgresDocumentStore(open());
    const compactorB = new PostgresDocumentStore(open());
    const writer = new PostgresDocumentStore(open());
    const source = new Y.Doc();
    const edits: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => edits.push(update));
    for (let index = 0; index < 240; index += 1)
      source.getText('body').insert(index, String.fromCharCode(97 + (index % 26)));
    await writer.appendUpdates('doc', edits.slice(0, 20), client);

    // Each round: both instances compact while the writer appends the next few edits one batch at a time.
    let next = 20;
    let folds = 0;
    while (next < edits.length) {
      const appends = (async () => {
        for (let batch = 0; batch < 4 && next < edits.length; batch += 1) {
          const size = 1 + (next % 3);
          await writer.appendBatch(
            edits
              .slice(next, next + size)
              .map((update) => ({ documentId: 'doc', update, provenance: client })),
          );
          next += size;
        }
      })();
      const counts = await Promise.all([compactorA.compact('doc'), compactorB.compact('doc'), appends]);
      folds += (counts[0] as number) > 0 && (counts[1] as number) > 0 ? 1 : 0;
    }

    // Every edit is in the log exactly once: as itself or counted inside one folded state.
    const rows = await admin.query<{ updates: number }>(
      `SELECT sum(CASE WHEN folded_count = 0 THEN 1 ELSE folded_count END)::bigint AS updates
         FROM document_updates WHERE document_id = 'doc'`,
    );
    expect(rows.rows[0]!.updates).toBe(edits.length);
    const loaded = await new PostgresDocumentStore(open()).load('doc');
    expect(textOf(loaded!.updates)).toBe(source.getText('body').toString());
    expect((await writer.provenanceSummary('doc'))[0]!.updateCount).toBe(edits.length);
    // Both instances did fold in the same round at least once, so the race was run, not avoided.
    expect(folds).toBeGreaterThan(0);
  } finally {
    await dispose();
  }
});

test('two instances creating one document at once: one succeeds, the other is refused and writes no rows', async () => {
  const { open, dispose } = await freshSchema();
  try {
    const seed = new Y.Doc();
    seed.getText('body').insert(0, 'seed');
    const update = Y.encodeStateAsUpdate(seed);
    const rowsWritten: string[] = [];
    const results = await Promise.allSettled(
      ['a', 'b'].map((instance) =>
        new PostgresDocumentStore(open()).createDocument(
          { documentId: 'doc', update, provenance: client },
          () => {
            rowsWritten.push(instance);
          },
        ),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/already exists/);
    expect(rowsWritten).toHaveLength(1);
    expect((await new PostgresDocumentStore(open()).load('doc'))!.updates).toHaveLength(1);
  } finally {
    await dispose();
  }
});

test('createDocument runs the caller rows in its transaction: kept together, or rolled back together', async () => {
  const { admin, open, dispose } = await freshSchema();
  try {
    await admin.query('CREATE TABLE worksheet_rows (id TEXT PRIMARY KEY)');
    const store = new PostgresDocumentStore(open());
    const seed = new Uint8Array(Y.encodeStateAsUpdate(new Y.Doc()));
    const failure = new Error('second row refused');
    await expect(
      store.createDocument({ documentId: 'refused', update: seed, provenance: client }, async (tx) => {
        await tx.run('INSERT INTO worksheet_rows (id) VALUES (?)', ['refused']);
        throw failure;
      }),
    ).rejects.toBe(failure);
    const created = await store.createDocument(
      { documentId: 'kept', update: seed, provenance: client },
      async (tx) => {
        await tx.run('INSERT INTO worksheet_rows (id) VALUES (?)', ['kept']);
        return (await tx.one<{ count: number }>('SELECT count(*) AS count FROM worksheet_rows'))!.count;
      },
    );
    expect(created).toBe(1);
    expect((await admin.query('SELECT id FROM worksheet_rows')).rows).toEqual([{ id: 'kept' }]);
    expect(await store.load('refused')).toBeNull();
    expect(await store.load('kept')).not.toBeNull();
  } finally {
    await dispose();
  }
});

test('a failing batch stores none of its writes and reports which document failed', async () => {
  const { open, dispose } = await freshSchema();
  try {
    const store = new PostgresDocumentStore(open());
    const valid = { documentId: 'doc', update: new Uint8Array([0, 0]), provenance: client };
    // A NULL user id violates the schema: the whole transaction must roll back.
    const invalid = { ...valid, provenance: { ...client, userId: null as unknown as string } };
    const failed = store.appendBatch([valid, invalid]);
    await expect(failed).rejects.toThrow(DocumentStoreError);
    await expect(failed).rejects.toThrow(/doc/);
    expect(await store.load('doc')).toBeNull();
    expect(await store.provenanceSummary('doc')).toEqual([]);
  } finally {
    await dispose();
  }
});

test('the store commits durably even when the database defaults to asynchronous commit', async () => {
  const { open, dispose } = await freshSchema();
  const dbName = new URL(database.url).pathname.slice(1);
  const admin = open();
  await admin.query(`ALTER DATABASE "${dbName}" SET synchronous_commit = off`);
  try {
    const pool = open();
    const setting = await pool.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
    expect(setting.rows[0]!.synchronous_commit).toBe('on');
  } finally {
    await admin.query(`ALTER DATABASE "${dbName}" RESET synchronous_commit`);
    await dispose();
  }
});

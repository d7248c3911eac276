// Through the package name, as another adapter's package would import it.
import { describeDocumentStoreContract } from '@interlude/sync-server/document-store-contract';
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../../src/database/open-database.js';
import { DocumentStoreError } from '../../src/storage/document-store.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { storageMigrations } from '../../src/storage/storage-migrations.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

function openStore(dir: string) {
  const db = openDatabase(dir, { synchronous: 'FULL', migrations: storageMigrations });
  return { db, store: new SqliteDocumentStore(db) };
}

describeDocumentStoreContract('SqliteDocumentStore', async () => {
  const dir = makeTempDir('sqlite-store');
  const { db, store } = openStore(dir);
  return {
    store,
    dispose: async () => {
      await store.close();
      db.close();
      removeTempDir(dir);
    },
  };
});

test('stored updates survive closing and reopening the database file', async () => {
  const dir = makeTempDir('sqlite-reopen');
  try {
    const first = openStore(dir);
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'written before the restart');
    await first.store.appendUpdates('doc', [Y.encodeStateAsUpdate(doc)], {
      userId: 'u',
      role: 'client',
      receivedAt: 1,
    });
    await first.store.close();
    first.db.close();

    const second = openStore(dir);
    const reloaded = new Y.Doc();
    for (const update of (await second.store.load('doc'))!.updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText('body').toString()).toBe('written before the restart');
    second.db.close();
  } finally {
    removeTempDir(dir);
  }
});

test('a failing batch stores none of its writes and reports which document failed', async () => {
  const dir = makeTempDir('sqlite-atomic');
  try {
    const { db, store } = openStore(dir);
    const update = new Uint8Array([0, 0]);
    const valid = {
      documentId: 'doc',
      update,
      provenance: { userId: 'u', role: 'client' as const, receivedAt: 1 },
    };
    // A NULL user id violates the schema: the whole transaction must roll back.
    const invalid = { ...valid, provenance: { ...valid.provenance, userId: null as unknown as string } };
    await expect(store.appendBatch([valid, invalid])).rejects.toThrow(DocumentStoreError);
    await expect(store.appendBatch([valid, invalid])).rejects.toThrow(/doc/);
    expect(await store.load('doc')).toBeNull();
    db.close();
  } finally {
    removeTempDir(dir);
  }
});

test('createDocument runs the caller rows in its transaction, awaiting the handle: kept together or rolled back together', async () => {
  const dir = makeTempDir('sqlite-create');
  try {
    const { db, store } = openStore(dir);
    db.exec('CREATE TABLE worksheet_rows (id TEXT PRIMARY KEY)');
    const seed = Y.encodeStateAsUpdate(new Y.Doc());
    const provenance = { userId: 'u', role: 'therapist' as const, receivedAt: 1 };
    const failure = new Error('second row refused');
    await expect(
      store.createDocument({ documentId: 'refused', update: seed, provenance }, async (tx) => {
        await tx.run('INSERT INTO worksheet_rows (id) VALUES (?)', ['refused']);
        throw failure;
      }),
    ).rejects.toBe(failure);
    const created = await store.createDocument(
      { documentId: 'kept', update: seed, provenance },
      async (tx) => {
        await tx.run('INSERT INTO worksheet_rows (id) VALUES (?)', ['kept']);
        return (await tx.one<{ count: number }>('SELECT count(*) AS count FROM worksheet_rows'))!.count;
      },
    );
    expect(created).toBe(1);
    expect(db.prepare('SELECT id FROM worksheet_rows').all()).toEqual([{ id: 'kept' }]);
    expect(await store.load('refused')).toBeNull();
    expect(db.inTransaction).toBe(false);
    db.close();
  } finally {
    removeTempDir(dir);
  }
});

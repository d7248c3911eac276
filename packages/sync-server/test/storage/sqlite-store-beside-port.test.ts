import { afterEach, expect, test } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../../src/database/open-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';
import { SqliteSqlDatabase } from '../../src/database/sqlite-sql-database.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function open(synchronous: 'FULL' | 'NORMAL'): SqliteDatabase {
  const dir = makeTempDir('store-beside-port');
  const db = openDatabase(dir, { synchronous, migrations: serverMigrations });
  cleanups.push(() => removeTempDir(dir));
  cleanups.push(() => db.close());
  return db;
}

const provenance = { userId: 'client-1', role: 'client' as const, receivedAt: 1 };

// A port transaction spans promise continuations (a derivation writing its rows); a document write made in one
// of them, by another chain of work on the same connection (the server's own writes), must not join it.
test.each(['FULL', 'NORMAL'] as const)(
  'a document written while a port transaction is open is stored on its own, whatever that transaction does (%s)',
  async (synchronous) => {
    const db = open(synchronous);
    const sql = new SqliteSqlDatabase(db);
    const store = new SqliteDocumentStore(db);
    await sql.run('CREATE TABLE scratch (n INTEGER)');

    const failing = sql.transaction(async (tx) => {
      for (let n = 0; n < 50; n++) await tx.run('INSERT INTO scratch (n) VALUES (?)', [n]);
      throw new Error('this transaction rolls back');
    });
    // Another chain of work, a few continuations later: inside the transaction above, were it not held back.
    const appended = (async () => {
      for (let hop = 0; hop < 10; hop++) await Promise.resolve();
      expect(db.inTransaction).toBe(true);
      await store.appendUpdates('doc-1', [new Uint8Array([0, 0])], provenance);
    })();

    await expect(failing).rejects.toThrow('this transaction rolls back');
    await appended;
    expect((await store.load('doc-1'))?.updates).toHaveLength(1);
    expect(await sql.query('SELECT n FROM scratch')).toEqual([]);
    await store.close();
  },
);

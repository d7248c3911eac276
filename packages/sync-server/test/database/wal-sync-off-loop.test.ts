import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { openDatabase, type SqliteDatabase } from '../../src/database/open-database.js';
import { WalSyncOffLoop } from '../../src/database/wal-sync-off-loop.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

const opened: Array<{ db: SqliteDatabase; dir: string }> = [];
function open(synchronous: 'FULL' | 'NORMAL'): SqliteDatabase {
  const dir = makeTempDir('wal-sync');
  const db = openDatabase(dir, { synchronous, migrations: [] });
  db.exec('CREATE TABLE notes (text TEXT NOT NULL)');
  opened.push({ db, dir });
  return db;
}
afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    removeTempDir(dir);
  }
});

test('only a WAL file database at synchronous=FULL syncs off the loop; NORMAL and memory commit as usual', () => {
  expect(WalSyncOffLoop.for(open('FULL'))).not.toBeNull();
  expect(WalSyncOffLoop.for(open('NORMAL'))).toBeNull();
  const memory = new Database(':memory:');
  expect(WalSyncOffLoop.for(memory)).toBeNull();
  memory.close();
});

test('one instance per connection, so the document store and the SQL port share their syncs', async () => {
  const db = open('FULL');
  const sync = WalSyncOffLoop.for(db)!;
  expect(WalSyncOffLoop.for(db)).toBe(sync);
  // Syncs asked for while one runs share the next one; all of them resolve.
  await Promise.all([sync.synced(), sync.synced(), sync.synced()]);
  await sync.close();
});

test('the transaction commits without its own sync, the connection is back at FULL after, and its rows are kept', async () => {
  const db = open('FULL');
  const sync = WalSyncOffLoop.for(db)!;
  let levelInside: unknown;
  const insert = db.transaction(() => {
    levelInside = db.pragma('synchronous', { simple: true });
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('kept');
    return 'inserted';
  });
  await expect(sync.commit(insert)).resolves.toBe('inserted');
  expect(levelInside).toBe(1);
  expect(db.pragma('synchronous', { simple: true })).toBe(2);
  expect(db.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'kept' }]);
  await sync.close();
});

test('a failing transaction rolls back, rejects, and still leaves the connection at FULL', async () => {
  const db = open('FULL');
  const sync = WalSyncOffLoop.for(db)!;
  const failing = db.transaction(() => {
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('rolled back');
    throw new Error('refused');
  });
  await expect(sync.commit(failing)).rejects.toThrow('refused');
  expect(db.pragma('synchronous', { simple: true })).toBe(2);
  expect(db.prepare('SELECT COUNT(*) AS count FROM notes').get()).toEqual({ count: 0 });
  await sync.close();
});

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sqlMigration } from '../../src/database/postgres-migration.js';
import type { SqlDatabase } from '../../src/database/sql-database.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

const migrations = {
  sqlite: [
    {
      id: 'things-001',
      up: (db: import('better-sqlite3').Database) =>
        db.exec(
          'CREATE TABLE things (id TEXT PRIMARY KEY, at INTEGER NOT NULL, done INTEGER NOT NULL, note TEXT)',
        ),
    },
  ],
  postgres: [
    sqlMigration(
      'things-001',
      'CREATE TABLE things (id TEXT PRIMARY KEY, at BIGINT NOT NULL, done BOOLEAN NOT NULL, note TEXT)',
    ),
  ],
};

describe.each(sqlDialects)('SQL port on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let sql: SqlDatabase;
  beforeEach(async () => {
    opened = await open(migrations);
    sql = opened.sql;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('? placeholders bind in order, and a question mark inside a string literal stays text', async () => {
    const insert = await sql.run("INSERT INTO things (id, at, done, note) VALUES (?, ?, ?, 'why?')", [
      'a',
      1,
      true,
    ]);
    expect(insert.changes).toBe(1);
    const row = await sql.one<{ id: string; note: string }>(
      'SELECT id, note FROM things WHERE id = ? AND at = ?',
      ['a', 1],
    );
    expect(row).toEqual({ id: 'a', note: 'why?' });
    expect(await sql.one('SELECT id FROM things WHERE id = ?', ['missing'])).toBeUndefined();
  });

  test('millisecond times and counts read back as numbers', async () => {
    const at = Date.UTC(2026, 11, 6, 9, 30);
    await sql.run('INSERT INTO things (id, at, done) VALUES (?, ?, ?)', ['a', at, false]);
    await sql.run('INSERT INTO things (id, at, done) VALUES (?, ?, ?)', ['b', at + 1, false]);
    expect(await sql.one('SELECT at FROM things WHERE id = ?', ['a'])).toEqual({ at });
    expect(await sql.one('SELECT count(*) AS count FROM things')).toEqual({ count: 2 });
    expect((await sql.run('UPDATE things SET note = ? WHERE at >= ?', ['x', at])).changes).toBe(2);
  });

  test('a transaction commits when its work resolves and rolls everything back when it throws', async () => {
    const failure = new Error('refused');
    await expect(
      sql.transaction(async (tx) => {
        await tx.run('INSERT INTO things (id, at, done) VALUES (?, ?, ?)', ['rolled-back', 1, false]);
        throw failure;
      }),
    ).rejects.toBe(failure);
    const kept = await sql.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, at, done) VALUES (?, ?, ?)', ['kept', 1, false]);
      return (await tx.query<{ id: string }>('SELECT id FROM things')).map((row) => row.id);
    });
    expect(kept).toEqual(['kept']);
    expect(await sql.query('SELECT id FROM things')).toEqual([{ id: 'kept' }]);
  });

  test('statements outside a transaction never land inside one that later rolls back', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = sql.transaction(async (tx) => {
      await tx.run('INSERT INTO things (id, at, done) VALUES (?, ?, ?)', ['inside', 1, false]);
      await held;
      throw new Error('rolled back');
    });
    const outside = sql.run('INSERT INTO things (id, at, done) VALUES (?, ?, ?)', ['outside', 2, false]);
    release();
    await expect(transaction).rejects.toThrow('rolled back');
    await outside;
    expect(await sql.query('SELECT id FROM things')).toEqual([{ id: 'outside' }]);
  });

  test('a transaction handle refuses statements after its transaction ended', async () => {
    let handle: import('../../src/database/sql-database.js').SqlExecutor | undefined;
    await sql.transaction((tx) => {
      handle = tx;
    });
    await expect(
      handle!.run('INSERT INTO things (id, at, done) VALUES (?, ?, ?)', ['late', 1, false]),
    ).rejects.toThrow();
  });
});

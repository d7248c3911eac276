import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openDatabase } from '../../src/database/open-database.js';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { serverMigrations, serverPostgresMigrations } from '../../src/database/server-migrations.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

/**
 * Columns Postgres has and SQLite does not: where SQLite orders rows by their rowid, Postgres needs a column
 * of its own (storage Q2).
 */
const POSTGRES_ONLY: Record<string, string[]> = {
  flag_acknowledgements: ['seq'],
  private_notes: ['seq'],
  review_snapshots: ['seq'],
};

type Tables = Record<string, string[]>;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'), 'server_migrations');
});
afterAll(async () => {
  await database.drop();
});

function sqliteTables(): Tables {
  const dir = makeTempDir('server-migrations');
  const db = openDatabase(dir, { synchronous: 'NORMAL', migrations: serverMigrations });
  try {
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    const tables: Tables = {};
    for (const { name } of names) {
      const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
      tables[name] = columns.map((column) => column.name).sort();
    }
    return tables;
  } finally {
    db.close();
    removeTempDir(dir);
  }
}

async function postgresTables(): Promise<Tables> {
  const pool = createPostgresPool({ connectionString: database.url, maxConnections: 2 });
  try {
    await applyPostgresMigrations(pool, serverPostgresMigrations);
    const { rows } = await pool.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
    );
    const tables: Tables = {};
    for (const { table_name, column_name } of rows) {
      if ((POSTGRES_ONLY[table_name] ?? []).includes(column_name)) continue;
      tables[table_name] = [...(tables[table_name] ?? []), column_name];
    }
    for (const columns of Object.values(tables)) columns.sort();
    return tables;
  } finally {
    await pool.end();
  }
}

test('the server migrations make the same tables and columns on SQLite and on Postgres', async () => {
  const sqlite = sqliteTables();
  const postgres = await postgresTables();
  expect(Object.keys(postgres).sort()).toEqual(Object.keys(sqlite).sort());
  for (const [table, columns] of Object.entries(sqlite)) {
    expect({ table, columns: postgres[table] }).toEqual({ table, columns });
  }
});

test('applying the Postgres migrations again, as a second instance starting does, changes nothing', async () => {
  const before = await postgresTables();
  expect(await postgresTables()).toEqual(before);
});

import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { sqlMigration } from '../../src/database/postgres-migration.js';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'), 'migrations');
});
afterAll(async () => {
  await database.drop();
});

const migrations = [
  sqlMigration('things-001-create', 'CREATE TABLE things (id TEXT PRIMARY KEY)'),
  // Not idempotent on purpose: applying it twice would fail.
  sqlMigration('things-002-name', 'ALTER TABLE things ADD COLUMN name TEXT NOT NULL'),
];

test('instances starting at once apply each migration once and record its id', async () => {
  const pools = [1, 2, 3].map(() =>
    createPostgresPool({ connectionString: database.url, maxConnections: 2 }),
  );
  try {
    await Promise.all(pools.map((pool) => applyPostgresMigrations(pool, migrations)));
    const applied = await pools[0]!.query<{ id: string }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(applied.rows.map((row) => row.id)).toEqual(['things-001-create', 'things-002-name']);
    await pools[0]!.query("INSERT INTO things (id, name) VALUES ('a', 'named')");
    // Starting again applies nothing and keeps the data.
    await applyPostgresMigrations(pools[1]!, migrations);
    expect((await pools[1]!.query('SELECT name FROM things')).rows).toEqual([{ name: 'named' }]);
  } finally {
    await Promise.all(pools.map((pool) => pool.end()));
  }
});

test('a failing migration leaves no trace and is not recorded, and the next start tries it again', async () => {
  const pool = createPostgresPool({ connectionString: database.url, maxConnections: 2 });
  try {
    const broken = sqlMigration('broken-001', 'CREATE TABLE half_done (id TEXT); SELECT no_such_function()');
    await expect(applyPostgresMigrations(pool, [broken])).rejects.toThrow(/no_such_function/);
    const tables = await pool.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(tables.rowCount).toBe(0);
    const recorded = await pool.query("SELECT 1 FROM schema_migrations WHERE id = 'broken-001'");
    expect(recorded.rowCount).toBe(0);
    const fixed = sqlMigration('broken-001', 'CREATE TABLE half_done (id TEXT)');
    await applyPostgresMigrations(pool, [fixed]);
    expect((await pool.query("SELECT 1 FROM schema_migrations WHERE id = 'broken-001'")).rowCount).toBe(1);
  } finally {
    await pool.end();
  }
});

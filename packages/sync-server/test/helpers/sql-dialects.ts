import crypto from 'node:crypto';
import { inject } from 'vitest';
import { type Migration, openDatabase } from '../../src/database/open-database.js';
import type { PostgresMigration } from '../../src/database/postgres-migration.js';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool, PostgresSqlDatabase } from '../../src/database/postgres-sql-database.js';
import type { SqlDatabase, SqlDialect } from '../../src/database/sql-database.js';
import { SqliteSqlDatabase } from '../../src/database/sqlite-sql-database.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { makeTempDir, removeTempDir } from './temp-dir.js';

/** The same tables for both engines. */
export interface DialectMigrations {
  sqlite: readonly Migration[];
  postgres: readonly PostgresMigration[];
}

export interface OpenedSqlDatabase {
  sql: SqlDatabase;
  dispose(): Promise<void>;
}

// One database per test file on the run's Postgres server (module state is per file); dropped with the server.
let fileDatabase: Promise<TestDatabase> | undefined;

async function openPostgres(migrations: DialectMigrations): Promise<OpenedSqlDatabase> {
  fileDatabase ??= createTestDatabase(inject('postgresUrl'), 'dialects');
  const { url } = await fileDatabase;
  const schema = `t_${crypto.randomBytes(5).toString('hex')}`;
  const setup = createPostgresPool({ connectionString: url, maxConnections: 1 });
  await setup.query(`CREATE SCHEMA ${schema}`);
  await setup.end();
  const pool = createPostgresPool({ connectionString: url, schema, maxConnections: 4 });
  await applyPostgresMigrations(pool, migrations.postgres);
  const sql = new PostgresSqlDatabase(pool);
  return {
    sql,
    dispose: async () => {
      await pool.query(`DROP SCHEMA ${schema} CASCADE`);
      await sql.close();
    },
  };
}

async function openSqlite(migrations: DialectMigrations): Promise<OpenedSqlDatabase> {
  const dir = makeTempDir('sql-dialect');
  const db = openDatabase(dir, { synchronous: 'FULL', migrations: migrations.sqlite });
  return {
    sql: new SqliteSqlDatabase(db),
    dispose: async () => {
      db.close();
      removeTempDir(dir);
    },
  };
}

/** Both engines, for `describe.each`: a converted store's tests run against each. */
export const sqlDialects: {
  dialect: SqlDialect;
  open(migrations: DialectMigrations): Promise<OpenedSqlDatabase>;
}[] = [
  { dialect: 'sqlite', open: openSqlite },
  { dialect: 'postgres', open: openPostgres },
];

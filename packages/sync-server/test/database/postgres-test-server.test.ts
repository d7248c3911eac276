import fs from 'node:fs';
import pg from 'pg';
import { expect, inject, test } from 'vitest';
import { startPostgresTestServer } from '../../src/testing/postgres-test-server.js';
import { createTestDatabase } from '../../src/testing/test-database.js';

async function queryOnce<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

test('each test file gets its own empty database on the shared server', async () => {
  const first = await createTestDatabase(inject('postgresUrl'), 'harness');
  const second = await createTestDatabase(inject('postgresUrl'), 'harness');
  try {
    await queryOnce(first.url, 'CREATE TABLE only_in_first (id int)');
    const tables = await queryOnce<{ count: string }>(
      second.url,
      "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_first'",
    );
    expect(tables[0]!.count).toBe('0');
  } finally {
    await first.drop();
    await second.drop();
  }
  const left = await queryOnce<{ datname: string }>(inject('postgresUrl'), 'SELECT datname FROM pg_database');
  expect(left.map((row) => row.datname)).not.toContain(new URL(first.url).pathname.slice(1));
});

test('a server refuses a wrong password, and stopping it ends it and deletes its folder', async () => {
  const server = await startPostgresTestServer();
  const wrong = new URL(server.url);
  wrong.password = 'not-the-password';
  await expect(queryOnce(wrong.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
  const [setting] = await queryOnce<{ data_directory: string }>(
    server.url,
    'SELECT current_setting($$data_directory$$) AS data_directory',
  );
  const dataDirectory = setting!.data_directory;
  expect(fs.existsSync(dataDirectory)).toBe(true);
  await server.stop();
  expect(fs.existsSync(dataDirectory)).toBe(false);
  await expect(queryOnce(server.url, 'SELECT 1')).rejects.toThrow();
});

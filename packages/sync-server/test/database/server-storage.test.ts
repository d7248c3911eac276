import { expect, inject, test, vi } from 'vitest';
import { testConfig } from '../../src/config.js';
import { describeStorage } from '../../src/database/server-storage.js';
import { startServer } from '../../src/server.js';
import { StartupError } from '../../src/startup-error.js';
import { createTestDatabase } from '../../src/testing/test-database.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

test('a server whose DATABASE_URL cannot be reached refuses to start, naming the database but not the password', async () => {
  const dataDir = makeTempDir('unreachable-database');
  try {
    const config = testConfig(dataDir, { databaseUrl: 'postgres://interlude:s3cret@127.0.0.1:1/interlude' });
    const started = startServer(config);
    await expect(started).rejects.toThrow(
      /Could not open the database at DATABASE_URL \(127\.0\.0\.1:1\/interlude\)/,
    );
    await expect(started).rejects.not.toThrow(/s3cret/);
    // main.ts prints such an error's message alone, without a stack trace.
    await expect(started).rejects.toBeInstanceOf(StartupError);
  } finally {
    removeTempDir(dataDir);
  }
});

test('the start-up line says where the data is, without credentials', () => {
  expect(describeStorage(testConfig('/var/lib/interlude'))).toBe('SQLite in /var/lib/interlude');
  expect(
    describeStorage(testConfig('/tmp', { databaseUrl: 'postgres://app:s3cret@db.internal:5432/interlude' })),
  ).toBe('Postgres at db.internal:5432/interlude');
});

test('two instances starting together on one empty Postgres database seed the demo once, and both start', async () => {
  const database = await createTestDatabase(inject('postgresUrl'), 'seed_race');
  const dataDirs = [makeTempDir('seed-race'), makeTempDir('seed-race')];
  vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    const servers = await Promise.all(
      dataDirs.map((dataDir) =>
        startServer(testConfig(dataDir, { databaseUrl: database.url, seedDemo: true })),
      ),
    );
    try {
      const practices = await servers[0]!.context.accounts.sql.one<{ n: number }>(
        'SELECT count(*) AS n FROM practices',
      );
      expect(practices?.n).toBe(1);
      const clients = await servers[1]!.context.accounts.sql.one<{ n: number }>(
        "SELECT count(*) AS n FROM users WHERE role = 'client'",
      );
      expect(clients?.n).toBe(2);
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  } finally {
    vi.restoreAllMocks();
    for (const dataDir of dataDirs) removeTempDir(dataDir);
    await database.drop();
  }
});

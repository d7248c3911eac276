import { expect, test } from 'vitest';
import { testConfig } from '../../src/config.js';
import { describeStorage } from '../../src/database/server-storage.js';
import { startServer } from '../../src/server.js';
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

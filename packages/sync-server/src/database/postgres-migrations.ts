import type pg from 'pg';
import type { PostgresMigration } from './postgres-migration.js';
import { inPostgresTransaction, postgresExecutor } from './postgres-sql-database.js';

/** Session advisory lock held while migrating: instances starting together migrate one after another. */
const MIGRATION_LOCK_KEY = 0x696e_746c; // "intl"

/**
 * Applies pending migrations and records each id in schema_migrations in the same transaction. Safe when
 * several instances start at once: each waits for the advisory lock, then sees what the others applied.
 */
export async function applyPostgresMigrations(
  pool: pg.Pool,
  migrations: readonly PostgresMigration[],
): Promise<void> {
  const lockClient = await pool.connect();
  try {
    await lockClient.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await lockClient.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)',
      );
      const applied = new Set(
        (await lockClient.query<{ id: string }>('SELECT id FROM schema_migrations')).rows.map(
          (row) => row.id,
        ),
      );
      for (const migration of migrations) {
        if (applied.has(migration.id)) continue;
        await inPostgresTransaction(lockClient, async (client) => {
          const tx = postgresExecutor(client);
          await migration.up(tx);
          await tx.run('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)', [
            migration.id,
            Date.now(),
          ]);
        });
      }
    } finally {
      await lockClient.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    lockClient.release();
  }
}

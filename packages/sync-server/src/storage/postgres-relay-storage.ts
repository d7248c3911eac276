import type pg from 'pg';
import { postgresExecutor } from '../database/postgres-sql-database.js';
import { PostgresClientIdOwners } from '../permissions/postgres-client-id-owners.js';
import { recordClientActivityIn } from '../worksheets/worksheet-progress.js';
import { PostgresDocumentStore } from './postgres-document-store.js';

export interface PostgresRelayStorage {
  documentStore: PostgresDocumentStore;
  clientIdOwners: PostgresClientIdOwners;
}

/**
 * The relay's storage on Postgres, as server.ts builds it on SQLite: each batch's transaction also records
 * the clients' activity and saves the client-id claims of its updates (docs/relay.md R24), so both are
 * durable exactly when the updates are, for the same one commit, and a claim another instance won fails the
 * batch. Needs the tables of postgresStorageMigrations, postgresWorksheetMigrations and
 * postgresClientIdMigrations.
 */
export function createPostgresRelayStorage(pool: pg.Pool): PostgresRelayStorage {
  const clientIdOwners = new PostgresClientIdOwners(postgresExecutor(pool));
  const documentStore = new PostgresDocumentStore(pool, async (tx, writes) => {
    await recordClientActivityIn(tx, writes, 'postgres');
    await clientIdOwners.saveClaimsIn(tx, writes);
  });
  return { documentStore, clientIdOwners };
}

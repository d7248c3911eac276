import type { ServerConfig } from '../config.js';
import { SqliteClientIdOwners } from '../permissions/sqlite-client-id-owners.js';
import type { ClientIdOwners } from '../relay/client-id-owners.js';
import { StartupError } from '../startup-error.js';
import type { DocumentStore } from '../storage/document-store.js';
import { createPostgresRelayStorage } from '../storage/postgres-relay-storage.js';
import { SqliteDocumentStore } from '../storage/sqlite-document-store.js';
import { recordClientActivityOf } from '../worksheets/worksheet-progress.js';
import { openDatabase } from './open-database.js';
import { applyPostgresMigrations } from './postgres-migrations.js';
import { createPostgresPool, PostgresSqlDatabase } from './postgres-sql-database.js';
import { serverMigrations, serverPostgresMigrations } from './server-migrations.js';
import type { SqlDatabase } from './sql-database.js';
import { SqliteSqlDatabase } from './sqlite-sql-database.js';

/**
 * Where one server keeps everything: the SQL port for accounts and worksheets' rows, the worksheet documents,
 * and who owns each Yjs client id. Embedded SQLite in DATA_DIR by default; Postgres with DATABASE_URL.
 */
export interface ServerStorage {
  readonly sql: SqlDatabase;
  readonly documentStore: DocumentStore;
  readonly clientIdOwners: ClientIdOwners;
  /** Finishes the writes in flight and closes the database. */
  close(): Promise<void>;
}

export interface ServerStorageOptions {
  /** Replaces the document store (tests that need to hold a load open); it records no client activity. */
  documentStore?: DocumentStore;
  /** Told of a pooled Postgres connection that broke while idle (the pool opens another when needed). */
  logError?: (message: string, error: unknown) => void;
}

export function openServerStorage(
  config: ServerConfig,
  options: ServerStorageOptions = {},
): Promise<ServerStorage> {
  return config.databaseUrl
    ? openPostgresStorage(config.databaseUrl, options)
    : openSqliteStorage(config, options);
}

async function openSqliteStorage(
  config: ServerConfig,
  options: ServerStorageOptions,
): Promise<ServerStorage> {
  const db = openDatabase(config.dataDir, {
    synchronous: config.sqliteSynchronous,
    migrations: serverMigrations,
  });
  const clientIdOwners = new SqliteClientIdOwners(db);
  const recordClientActivity = recordClientActivityOf(db);
  // Written inside each batch's own transaction: no fsync of their own on the relay's event loop.
  const ownDocumentStore = options.documentStore
    ? null
    : new SqliteDocumentStore(db, (writes) => {
        recordClientActivity(writes);
        clientIdOwners.saveClaims();
      });
  return {
    sql: new SqliteSqlDatabase(db),
    documentStore: options.documentStore ?? ownDocumentStore!,
    clientIdOwners,
    async close() {
      await ownDocumentStore?.close();
      clientIdOwners.saveClaims();
      db.close();
    },
  };
}

/** Where the data is, for the start-up line and errors: the database's address without its credentials. */
export function describeStorage(config: ServerConfig): string {
  if (!config.databaseUrl) return `SQLite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `Postgres at ${url.host}${url.pathname}`;
}

async function openPostgresStorage(
  databaseUrl: string,
  options: ServerStorageOptions,
): Promise<ServerStorage> {
  const pool = createPostgresPool({ connectionString: databaseUrl });
  // Unhandled, a connection that breaks while idle (Postgres restarted) would end the process.
  pool.on('error', (error) => options.logError?.('A pooled Postgres connection failed while idle', error));
  try {
    // Several instances may start together: the runner takes a lock, so each migration runs once.
    await applyPostgresMigrations(pool, serverPostgresMigrations);
  } catch (error) {
    await pool.end();
    const where = new URL(databaseUrl);
    throw new StartupError(
      `Could not open the database at DATABASE_URL (${where.host}${where.pathname}): ${String(error)}`,
      { cause: error },
    );
  }
  const relayStorage = createPostgresRelayStorage(pool);
  const sql = new PostgresSqlDatabase(pool);
  return {
    sql,
    documentStore: options.documentStore ?? relayStorage.documentStore,
    clientIdOwners: relayStorage.clientIdOwners,
    // The relay has finished its writes by now (server.ts closes it first); this ends the pool.
    close: () => sql.close(),
  };
}

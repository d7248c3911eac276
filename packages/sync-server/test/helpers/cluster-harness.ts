import type pg from 'pg';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type ServerConfig, testConfig } from '../../src/config.js';
import { openDatabase, type SqliteDatabase } from '../../src/database/open-database.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/server.js';
import type { DocumentStore } from '../../src/storage/document-store.js';
import { PostgresDocumentStore } from '../../src/storage/postgres-document-store.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { RedisTestServer } from '../../src/testing/redis-test-server.js';
import { createTestDatabase } from '../../src/testing/test-database.js';
import { ChildRelayServer } from './child-relay-server.js';
import { MemoryRelayLogger } from './relay-fixture.js';
import { makeTempDir, removeTempDir } from './temp-dir.js';
import { queryStringAuthorizer } from './test-authorizer.js';
import { TestProvider } from './test-provider.js';

/**
 * The storage every instance of a test cluster shares: `sharedSqliteStorage` (one SQLite folder, which WAL
 * lets several processes open at once) or `sharedPostgres` (everything in one Postgres database, as
 * DATABASE_URL sets it up in production).
 */
export interface SharedStorage {
  readonly name: string;
  /** The settings one more instance takes: its data folder and, on Postgres, the database. */
  instance(): { dataDir: string; databaseUrl: string | null };
  /** The same as environment variables, for an instance in its own process. */
  processEnv(): Record<string, string>;
  /** A document store of its own on this storage, for a test to wrap and hand to an instance. */
  openDocumentStore(): DocumentStore;
  dispose(): Promise<void>;
}

export function sharedSqliteStorage(): SharedStorage {
  const dataDir = makeTempDir('cluster');
  const databases: SqliteDatabase[] = [];
  return {
    name: 'SQLite',
    instance: () => ({ dataDir, databaseUrl: null }),
    processEnv: () => ({ DATA_DIR: dataDir }),
    openDocumentStore: () => {
      const db = openDatabase(dataDir, { synchronous: 'NORMAL', migrations: serverMigrations });
      databases.push(db);
      return new SqliteDocumentStore(db);
    },
    dispose: async () => {
      for (const db of databases) db.close();
      removeTempDir(dataDir);
    },
  };
}

/**
 * Everything in one Postgres database (the test run's server, a database per call). Each instance still gets
 * a data folder of its own, where it writes nothing: storage is only in Postgres.
 */
export async function sharedPostgres(adminUrl: string): Promise<SharedStorage> {
  const database = await createTestDatabase(adminUrl, 'cluster');
  const pools: pg.Pool[] = [];
  const dataDirs: string[] = [];
  const dataDir = () => {
    const dir = makeTempDir('cluster-instance');
    dataDirs.push(dir);
    return dir;
  };
  return {
    name: 'Postgres',
    instance: () => ({ dataDir: dataDir(), databaseUrl: database.url }),
    processEnv: () => ({ DATA_DIR: dataDir(), DATABASE_URL: database.url }),
    openDocumentStore: () => {
      // The first instance to start creates the tables.
      const pool = createPostgresPool({ connectionString: database.url, maxConnections: 4 });
      pools.push(pool);
      return new PostgresDocumentStore(pool);
    },
    dispose: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await database.drop();
      for (const dir of dataDirs) removeTempDir(dir);
    },
  };
}

/**
 * Relay instances sharing one storage and one real Redis, started by the test: in this process
 * (`startServer`, each with its own port) or in their own (`startChild`, for kill -9). Instances are
 * started one after another: the first creates the schema. `dispose` stops everything it started.
 */
export class ClusterHarness {
  readonly logger = new MemoryRelayLogger();
  private readonly servers = new Set<RunningServer>();
  private readonly children = new Set<ChildRelayServer>();
  private readonly providers: TestProvider[] = [];

  private constructor(
    readonly redis: RedisTestServer,
    readonly storage: SharedStorage,
  ) {}

  static async start(storage: SharedStorage = sharedSqliteStorage()): Promise<ClusterHarness> {
    return new ClusterHarness(await RedisTestServer.start(), storage);
  }

  /** The usual set-up: a cluster with two in-process instances, started one after the other. */
  static async startWithTwoInstances(
    storage?: SharedStorage,
  ): Promise<{ cluster: ClusterHarness; first: RunningServer; second: RunningServer }> {
    const cluster = await ClusterHarness.start(storage);
    return { cluster, first: await cluster.startServer(), second: await cluster.startServer() };
  }

  /** A full server in this process; by default everyone is let in (identity from the query string). */
  async startServer(
    options: StartServerOptions = {},
    settings: Partial<ServerConfig> = {},
  ): Promise<RunningServer> {
    const { dataDir, databaseUrl } = this.storage.instance();
    const config = testConfig(dataDir, { redisUrl: this.redis.url, databaseUrl, ...settings });
    const server = await startServer(config, {
      relayLogger: this.logger,
      authorizeWorksheet: queryStringAuthorizer,
      ...options,
    });
    this.servers.add(server);
    return server;
  }

  async stopServer(server: RunningServer): Promise<void> {
    this.servers.delete(server);
    await server.close();
  }

  /** relay-test-server.ts in its own process, on the shared storage and Redis. */
  async startChild(): Promise<ChildRelayServer> {
    const env = this.storage.processEnv();
    const child = await ChildRelayServer.start(env.DATA_DIR!, { ...env, REDIS_URL: this.redis.url });
    this.children.add(child);
    return child;
  }

  /** A stock y-websocket provider on one instance; `device`: a device's existing copy and presence. */
  provider(
    serverUrl: string,
    worksheetId: string,
    params: Record<string, string> = {},
    device: { doc?: Y.Doc; awareness?: Awareness } = {},
  ): TestProvider {
    const provider = new TestProvider(serverUrl, worksheetId, params, true, device);
    this.providers.push(provider);
    return provider;
  }

  async dispose(): Promise<void> {
    for (const provider of this.providers) provider.destroy();
    for (const server of this.servers) await server.close();
    for (const child of this.children) child.child.kill('SIGKILL');
    await Promise.all([...this.children].map((child) => child.exited));
    await this.redis.stop();
    await this.storage.dispose();
  }
}

/** Both kinds of shared storage, for tests that run on each (`describe.each(clusterStorages(…))`). */
export function clusterStorages(
  postgresAdminUrl: () => string,
): Array<{ name: string; make(): Promise<SharedStorage> }> {
  return [
    { name: 'SQLite', make: async () => sharedSqliteStorage() },
    { name: 'Postgres', make: () => sharedPostgres(postgresAdminUrl()) },
  ];
}

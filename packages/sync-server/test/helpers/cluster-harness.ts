import type pg from 'pg';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { testConfig } from '../../src/config.js';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/server.js';
import type { DocumentStore } from '../../src/storage/document-store.js';
import { PostgresDocumentStore } from '../../src/storage/postgres-document-store.js';
import { postgresStorageMigrations } from '../../src/storage/storage-migrations.js';
import { RedisTestServer } from '../../src/testing/redis-test-server.js';
import { createTestDatabase } from '../../src/testing/test-database.js';
import { ChildRelayServer } from './child-relay-server.js';
import { MemoryRelayLogger } from './relay-fixture.js';
import { makeTempDir, removeTempDir } from './temp-dir.js';
import { queryStringAuthorizer } from './test-authorizer.js';
import { TestProvider } from './test-provider.js';

/**
 * The storage every instance of a test cluster shares: `sharedSqliteStorage` (one SQLite folder, which WAL
 * lets several processes open at once) or `sharedPostgresDocuments` (documents in one Postgres database).
 * Tests take either; once the server reads DATABASE_URL, the Postgres one becomes an environment variable.
 */
export interface SharedStorage {
  readonly name: string;
  /** What one more in-process instance needs: its data folder and, when shared that way, the document store. */
  instance(): { dataDir: string; documentStore?: DocumentStore };
  /** Environment for an instance in its own process, or null when storage cannot be shared that way yet. */
  readonly processEnv: Record<string, string> | null;
  dispose(): Promise<void>;
}

export function sharedSqliteStorage(): SharedStorage {
  const dataDir = makeTempDir('cluster');
  return {
    name: 'SQLite',
    instance: () => ({ dataDir }),
    processEnv: { DATA_DIR: dataDir },
    dispose: async () => removeTempDir(dataDir),
  };
}

/**
 * Worksheet documents in one Postgres database (the test run's server, a database per call), each instance
 * with its own pool; the rest of each instance (accounts) in a SQLite folder of its own, until accounts
 * move to Postgres too.
 */
export async function sharedPostgresDocuments(adminUrl: string): Promise<SharedStorage> {
  const database = await createTestDatabase(adminUrl, 'cluster');
  const pools: pg.Pool[] = [];
  const dataDirs: string[] = [];
  const openPool = (maxConnections: number) => {
    const pool = createPostgresPool({ connectionString: database.url, maxConnections });
    // Dropping the database ends connections a closing pool still holds (57P01): expected, not a failure.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    });
    pools.push(pool);
    return pool;
  };
  const setup = openPool(1);
  await applyPostgresMigrations(setup, postgresStorageMigrations);
  return {
    name: 'Postgres',
    instance: () => {
      const pool = openPool(4);
      const dataDir = makeTempDir('cluster-accounts');
      dataDirs.push(dataDir);
      return { dataDir, documentStore: new PostgresDocumentStore(pool) };
    },
    processEnv: null,
    dispose: async () => {
      await Promise.all(pools.map((pool) => pool.end()));
      await database.drop();
      for (const dataDir of dataDirs) removeTempDir(dataDir);
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

  /** A full server in this process; by default everyone is let in (identity from the query string). */
  async startServer(options: StartServerOptions = {}): Promise<RunningServer> {
    const { dataDir, documentStore } = this.storage.instance();
    const config = testConfig(dataDir, { redisUrl: this.redis.url });
    const server = await startServer(config, {
      relayLogger: this.logger,
      authorizeWorksheet: queryStringAuthorizer,
      ...(documentStore ? { documentStore } : {}),
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
    const env = this.storage.processEnv;
    if (!env) throw new Error(`${this.storage.name} storage cannot be shared by server processes yet`);
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
    { name: 'Postgres documents', make: () => sharedPostgresDocuments(postgresAdminUrl()) },
  ];
}

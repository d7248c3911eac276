import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { testConfig } from '../../src/config.js';
import { type RunningServer, type StartServerOptions, startServer } from '../../src/server.js';
import { RedisTestServer } from '../../src/testing/redis-test-server.js';
import { ChildRelayServer } from './child-relay-server.js';
import { MemoryRelayLogger } from './relay-fixture.js';
import { makeTempDir, removeTempDir } from './temp-dir.js';
import { queryStringAuthorizer } from './test-authorizer.js';
import { TestProvider } from './test-provider.js';

/**
 * The storage every instance of a test cluster shares. Today one SQLite folder, which WAL lets several
 * processes open at once; for Postgres this becomes a database URL (DATABASE_URL) and nothing else in the
 * tests changes.
 */
export interface SharedStorage {
  /** Each instance's data folder (the same one while storage is SQLite). */
  readonly dataDir: string;
  /** Environment for an instance in its own process. */
  readonly env: Record<string, string>;
  dispose(): Promise<void>;
}

export function sharedSqliteStorage(): SharedStorage {
  const dataDir = makeTempDir('cluster');
  return { dataDir, env: { DATA_DIR: dataDir }, dispose: async () => removeTempDir(dataDir) };
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
    const config = testConfig(this.storage.dataDir, { redisUrl: this.redis.url });
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
    const child = await ChildRelayServer.start(this.storage.dataDir, {
      ...this.storage.env,
      REDIS_URL: this.redis.url,
    });
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

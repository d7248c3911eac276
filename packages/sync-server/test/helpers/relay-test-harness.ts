import type { Clock } from '../../src/clock.js';
import { type RelayLimits, testConfig } from '../../src/config.js';
import type { AuthorizeWorksheet } from '../../src/relay/authorize.js';
import { type RunningServer, startServer } from '../../src/server.js';
import type { DocumentStore } from '../../src/storage/document-store.js';
import { MemoryRelayLogger } from './relay-fixture.js';
import { makeTempDir, removeTempDir } from './temp-dir.js';
import { queryStringAuthorizer } from './test-authorizer.js';
import { TestProvider } from './test-provider.js';

export interface RelayHarnessOptions {
  dataDir?: string;
  limits?: Partial<RelayLimits>;
  documentStore?: DocumentStore;
  clock?: Clock;
  /** Defaults to queryStringAuthorizer (everyone in, identity from the query string). */
  authorizeWorksheet?: AuthorizeWorksheet;
}

/**
 * A real server on port 0 with the test authorizer, and providers that are all destroyed at
 * `dispose`. Data lives in a temp dir that outlives `restart`.
 */
export class RelayTestHarness {
  server!: RunningServer;
  readonly dataDir: string;
  readonly logger = new MemoryRelayLogger();
  private readonly providers: TestProvider[] = [];
  private readonly ownsDataDir: boolean;

  private constructor(private readonly options: RelayHarnessOptions) {
    this.ownsDataDir = !options.dataDir;
    this.dataDir = options.dataDir ?? makeTempDir('relay');
  }

  static async start(options: RelayHarnessOptions = {}): Promise<RelayTestHarness> {
    const harness = new RelayTestHarness(options);
    await harness.startServer();
    return harness;
  }

  get url(): string {
    return this.server.url;
  }

  provider(worksheetId: string, params: Record<string, string> = {}): TestProvider {
    const provider = new TestProvider(this.server.url, worksheetId, params);
    this.providers.push(provider);
    return provider;
  }

  /**
   * Closes the server and starts a new one on the same data dir: on a new port, or on the same
   * port so that live providers reconnect to it by themselves.
   */
  async restart(options: { samePort?: boolean } = {}): Promise<void> {
    const port = this.server.port;
    await this.server.close();
    await this.startServer(options.samePort ? port : 0);
  }

  async dispose(): Promise<void> {
    for (const provider of this.providers) provider.destroy();
    await this.server.close();
    if (this.ownsDataDir) removeTempDir(this.dataDir);
  }

  private async startServer(port = 0): Promise<void> {
    const { limits, documentStore, clock, authorizeWorksheet } = this.options;
    const config = testConfig(this.dataDir, { port });
    config.relay = { ...config.relay, ...limits };
    this.server = await startServer(config, {
      clock,
      documentStore,
      relayLogger: this.logger,
      authorizeWorksheet:
        authorizeWorksheet === null ? undefined : (authorizeWorksheet ?? queryStringAuthorizer),
    });
  }
}

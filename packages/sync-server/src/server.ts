import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { AccessChanges } from './access/access-changes.js';
import { createWorksheetAuthorizer } from './access/authorize-worksheet.js';
import { SessionConnections } from './access/session-connections.js';
import { type AccountsOptions, createAccounts } from './accounts.js';
import { apiDependenciesFor } from './api/api-wiring.js';
import { createApp } from './app.js';
import { auditWorksheetConnections } from './audit/connection-audit.js';
import { auditWorksheetRepairs } from './audit/repair-audit.js';
import { type Clock, systemClock } from './clock.js';
import { followCloseRequests } from './cluster/close-requests.js';
import { type SharedInstance, shareWithOtherInstances } from './cluster/share-with-other-instances.js';
import { createCommentRowsRecorder } from './comments/comment-rows-recorder.js';
import type { ServerConfig } from './config.js';
import { openDatabase } from './database/open-database.js';
import { serverMigrations } from './database/server-migrations.js';
import { seedDemoPracticeIfEmpty } from './demo/seed-demo-practice.js';
import { createMeasureResultRecorder } from './measures/measure-result-recorder.js';
import { scoreUnscoredMeasures } from './measures/score-unscored-measures.js';
import { admitByWorksheetRole } from './permissions/admit-worksheet-update.js';
import { migrateLoadedWorksheet } from './permissions/migrate-loaded-worksheet.js';
import { SqliteClientIdOwners } from './permissions/sqlite-client-id-owners.js';
import { DerivationScheduler } from './progress/derivation-scheduler.js';
import { deriveIntoStore } from './progress/derive-into-store.js';
import { rebuildDerivations } from './progress/rebuild-derivations.js';
import type { AuthorizeWorksheet } from './relay/authorize.js';
import { drainWebSockets } from './relay/drain-web-sockets.js';
import { Relay } from './relay/relay.js';
import type { AdmitUpdate } from './relay/relay-hooks.js';
import { consoleRelayLogger, type RelayLogger } from './relay/relay-logger.js';
import type { ServerContext } from './server-context.js';
import type { DocumentStore } from './storage/document-store.js';
import { SqliteDocumentStore } from './storage/sqlite-document-store.js';
import { UpdatesStoredListeners } from './storage/updates-stored-listeners.js';
import { type SeriesScheduler, startSeriesScheduler } from './worksheets/series-scheduler.js';
import { createProgressRecorder, recordClientActivityOf } from './worksheets/worksheet-progress.js';

export interface RunningServer {
  /** The port actually bound (useful with port 0). */
  port: number;
  /** http://host:port */
  url: string;
  context: ServerContext;
  /** Creates repeating assignments' occurrences on their days (tests await `settled()` after moving the clock). */
  seriesScheduler: SeriesScheduler;
  /** Derives worksheets' responses once their updates pause (tests move the clock, or flush). */
  derivations: DerivationScheduler;
  /** Stops accepting, finishes pending writes, closes sockets and storage. */
  close(): Promise<void>;
}

export interface StartServerOptions {
  clock?: Clock;
  /** Who may open which worksheet; by default the accounts' rules (session cookie, Origin, ownership). */
  authorizeWorksheet?: AuthorizeWorksheet;
  /** Session lifetimes, scrypt cost and sign-in limits (tests lower the scrypt cost). */
  accounts?: AccountsOptions;
  /** Replaces the SQLite document store (tests that need to hold a load open); it records no client activity. */
  documentStore?: DocumentStore;
  relayLogger?: RelayLogger;
  /**
   * Replaces the relay's worksheet-role admission (`admitByWorksheetRole`). For tests of what happens after
   * storage that need writes the relay's rules do not admit yet; never set by `main.ts`.
   */
  admitUpdate?: AdmitUpdate;
}

/** How long shutdown waits for clients to answer the 1012 close before dropping them. */
const closeHandshakeGraceMs = 2_000;

export async function startServer(
  config: ServerConfig,
  options: StartServerOptions = {},
): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
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
  const documentStore = options.documentStore ?? ownDocumentStore!;
  // With REDIS_URL, rooms, close requests and sign-in limits are shared with the other instances.
  const shared: SharedInstance = await shareWithOtherInstances(config.redisUrl, {
    store: documentStore,
    clock,
    logger: options.relayLogger ?? consoleRelayLogger,
  }).catch((error: unknown) => {
    db.close();
    throw error;
  });
  const accounts = createAccounts(db, clock, {
    ...options.accounts,
    attemptLimiters: options.accounts?.attemptLimiters ?? shared.attemptLimiters,
  });
  // One list of derivations, told of every stored worksheet update: the relay's and the server's own.
  const updatesStored = new UpdatesStoredListeners();
  updatesStored.add(createProgressRecorder(accounts));
  const recordMeasureResult = createMeasureResultRecorder(accounts);
  updatesStored.add(recordMeasureResult);
  updatesStored.add(createCommentRowsRecorder(accounts));
  // Responses are derived into SQL once a worksheet's updates pause, never on the relay's hot path.
  const derivations = new DerivationScheduler({
    clock,
    derive: deriveIntoStore(accounts.derived),
    logError: (message, error) => relay.logger.error(message, error),
  });
  updatesStored.add(derivations.listener);
  const relay = new Relay({
    store: documentStore,
    clock,
    limits: config.relay,
    logger: options.relayLogger,
    admitUpdate: options.admitUpdate ?? admitByWorksheetRole,
    clientIdOwners,
    migrateOnLoad: migrateLoadedWorksheet,
    updatesStored,
    roomBus: shared.roomBus,
  });
  const sessionConnections = new SessionConnections(relay, accounts.sessions, clock);
  const accessChanges = new AccessChanges();
  const stopFollowingCloses = followCloseRequests({
    relay,
    sessions: sessionConnections,
    bus: shared.roomBus,
    accessChanges,
  });
  auditWorksheetConnections(relay, accounts);
  auditWorksheetRepairs(relay, accounts);
  await scoreUnscoredMeasures({
    accounts,
    documentStore,
    migrateOnLoad: migrateLoadedWorksheet,
    recordMeasureResult,
    logError: (message, error) => relay.logger.error(message, error),
  });
  // Worksheets stored before derivation existed (or before this database's derived tables).
  await rebuildDerivations({
    worksheets: accounts.worksheets,
    documentStore,
    derived: accounts.derived,
    migrateOnLoad: migrateLoadedWorksheet,
    only: 'underived',
    logError: (message, error) => relay.logger.error(message, error),
  });
  let ready = false;
  const context: ServerContext = {
    config,
    clock,
    db,
    documentStore,
    clientIdOwners,
    relay,
    roomBus: shared.roomBus,
    updatesStored,
    sessionConnections,
    accessChanges,
    accounts,
    startedAt: clock.now(),
    isReady: () => ready,
  };
  const { app, attachWebSockets, webSocketServer } = createApp(context, {
    authorizeWorksheet:
      options.authorizeWorksheet ?? createWorksheetAuthorizer(accounts, config, accessChanges),
  });
  if (config.seedDemo) {
    await seedDemoPracticeIfEmpty({ ...apiDependenciesFor(context), log: (line) => console.log(line) });
  }
  // Repeating assignments: occurrences whose day came while the server was down are created now.
  const seriesScheduler = startSeriesScheduler({
    ...apiDependenciesFor(context),
    clock,
    logError: (message, error) => relay.logger.error(message, error),
  });
  await seriesScheduler.settled();

  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(started),
    );
  });
  // serve() creates a plain http.Server here (no http2/https options are passed).
  attachWebSockets(server as Server);
  ready = true;
  const port = (server.address() as AddressInfo).port;
  const displayHost = config.host === '0.0.0.0' ? 'localhost' : config.host;

  let closing: Promise<void> | null = null;
  return {
    port,
    url: `http://${displayHost}:${port}`,
    context,
    seriesScheduler,
    derivations,
    close() {
      closing ??= (async () => {
        ready = false;
        await seriesScheduler.stop();
        const httpClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        sessionConnections.dispose();
        stopFollowingCloses();
        await relay.close();
        await shared.close();
        derivations.flushAll();
        await drainWebSockets(webSocketServer, closeHandshakeGraceMs);
        await httpClosed;
        await ownDocumentStore?.close();
        clientIdOwners.saveClaims();
        db.close();
      })();
      return closing;
    },
  };
}

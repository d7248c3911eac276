import { defaultRelayLimits, type RelayLimits } from '../../src/config.js';
import type { WorksheetAccess } from '../../src/relay/authorize.js';
import { Relay } from '../../src/relay/relay.js';
import type { AdmitUpdate, MigrateOnLoad } from '../../src/relay/relay-hooks.js';
import type { RelayLogger } from '../../src/relay/relay-logger.js';
import { MemoryDocumentStore } from '../../src/storage/memory-document-store.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { ControlledDocumentStore } from './controlled-document-store.js';
import { MemoryClient } from './memory-socket.js';

/** Collects what the relay logs, so tests stay quiet and can assert on reported failures. */
export class MemoryRelayLogger implements RelayLogger {
  readonly warnings: string[] = [];
  readonly errors: string[] = [];
  warn(message: string): void {
    this.warnings.push(message);
  }
  error(message: string): void {
    this.errors.push(message);
  }
}

export const worksheetA = 'AAAAAAAAAAAAAAAAAAAAAA';
export const worksheetB = 'BBBBBBBBBBBBBBBBBBBBBB';

export const therapistAccess: WorksheetAccess = {
  userId: 'therapist-1',
  role: 'therapist',
  displayName: 'Dr T',
  readOnly: false,
};
export const clientAccess: WorksheetAccess = {
  userId: 'client-1',
  role: 'client',
  displayName: 'C',
  readOnly: false,
};

export interface RelayFixture {
  relay: Relay;
  store: ControlledDocumentStore;
  clock: ManualClock;
  logger: MemoryRelayLogger;
  /** Connects a new in-memory client; frames it sends before the room loads are queued by the relay. */
  connect(access?: WorksheetAccess, worksheetId?: string): MemoryClient;
  /** Connects and waits until the room has loaded and greeted the client. */
  join(access?: WorksheetAccess, worksheetId?: string): Promise<MemoryClient>;
}

export function createRelayFixture(
  options: {
    limits?: Partial<RelayLimits>;
    admitUpdate?: AdmitUpdate;
    migrateOnLoad?: MigrateOnLoad;
    store?: ControlledDocumentStore;
  } = {},
): RelayFixture {
  const clock = new ManualClock();
  const store = options.store ?? new ControlledDocumentStore(new MemoryDocumentStore());
  const logger = new MemoryRelayLogger();
  const relay = new Relay({
    store,
    clock,
    logger,
    limits: {
      ...defaultRelayLimits,
      roomUnloadDelayMs: 1_000,
      heartbeatIntervalMs: 10_000,
      ...options.limits,
    },
    admitUpdate: options.admitUpdate,
    migrateOnLoad: options.migrateOnLoad,
  });
  const connect = (access = therapistAccess, worksheetId = worksheetA) => {
    const client = new MemoryClient();
    return client.attach(relay.connect(client.socket, worksheetId, access));
  };
  return {
    relay,
    store,
    clock,
    logger,
    connect,
    async join(access, worksheetId) {
      const client = connect(access, worksheetId);
      await client.connection.joined;
      client.process();
      return client;
    },
  };
}

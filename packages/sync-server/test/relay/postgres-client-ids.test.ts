import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CloseCode } from '@interlude/schema/sync';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import * as Y from 'yjs';
import { defaultRelayLimits } from '../../src/config.js';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { postgresClientIdMigrations } from '../../src/permissions/postgres-client-id-owners.js';
import { Relay } from '../../src/relay/relay.js';
import { RelayUpgrades } from '../../src/relay/relay-upgrades.js';
import { newWorksheetId } from '../../src/relay/worksheet-id.js';
import {
  createPostgresRelayStorage,
  type PostgresRelayStorage,
} from '../../src/storage/postgres-relay-storage.js';
import { postgresStorageMigrations } from '../../src/storage/storage-migrations.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { postgresWorksheetMigrations } from '../../src/worksheets/worksheet-migrations.js';
import { RawYjsPeer } from '../helpers/raw-yjs-peer.js';
import { MemoryRelayLogger } from '../helpers/relay-fixture.js';
import { queryStringAuthorizer } from '../helpers/test-authorizer.js';
import { waitFor } from '../helpers/wait-for.js';
import { storedDoc } from '../helpers/worksheet-snapshot.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'), 'relay_client_ids');
});
afterAll(async () => {
  await database.drop();
});

const unloadDelayMs = 1_000;

/** One relay instance on real sockets, storing in the shared Postgres database as the server will. */
class PostgresRelayInstance {
  readonly logger = new MemoryRelayLogger();
  readonly clock = new ManualClock();
  readonly storage: PostgresRelayStorage;
  readonly relay: Relay;
  private readonly server = http.createServer();

  constructor(pool: pg.Pool) {
    this.storage = createPostgresRelayStorage(pool);
    this.relay = new Relay({
      store: this.storage.documentStore,
      clientIdOwners: this.storage.clientIdOwners,
      clock: this.clock,
      logger: this.logger,
      limits: { ...defaultRelayLimits, roomUnloadDelayMs: unloadDelayMs },
    });
    new RelayUpgrades({
      relay: this.relay,
      authorizeWorksheet: queryStringAuthorizer,
      maxMessageBytes: defaultRelayLimits.maxMessageBytes,
      logger: this.logger,
    }).attachTo(this.server);
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    await this.relay.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

let schema: string;
const pools: pg.Pool[] = [];
const instances: PostgresRelayInstance[] = [];
const peers: RawYjsPeer[] = [];

async function startInstance(): Promise<PostgresRelayInstance> {
  const pool = createPostgresPool({ connectionString: database.url, schema, maxConnections: 4 });
  pools.push(pool);
  const instance = await new PostgresRelayInstance(pool).listen();
  instances.push(instance);
  return instance;
}

async function peer(instance: PostgresRelayInstance, worksheetId: string, user: string): Promise<RawYjsPeer> {
  const raw = new RawYjsPeer(instance.url, worksheetId, { user, role: user.split('-')[0]! });
  peers.push(raw);
  await raw.sync();
  return raw;
}

beforeEach(async () => {
  schema = `relay_${crypto.randomBytes(5).toString('hex')}`;
  const admin = createPostgresPool({ connectionString: database.url, schema, maxConnections: 1 });
  await admin.query(`CREATE SCHEMA ${schema}`);
  await applyPostgresMigrations(admin, [
    ...postgresStorageMigrations,
    ...postgresPeopleMigrations,
    ...postgresWorksheetMigrations,
    ...postgresClientIdMigrations,
  ]);
  await admin.end();
});
afterEach(async () => {
  for (const raw of peers.splice(0)) raw.close();
  await Promise.all(instances.splice(0).map((instance) => instance.close()));
  await pools[0]!.query(`DROP SCHEMA ${schema} CASCADE`);
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

/** A document whose one edit was written by the therapist under `therapistClientId`. */
async function seeded(
  instance: PostgresRelayInstance,
): Promise<{ worksheetId: string; therapistDoc: Y.Doc }> {
  const worksheetId = newWorksheetId();
  const therapistDoc = new Y.Doc();
  therapistDoc.getText('body').insert(0, 'Notes. ');
  await instance.storage.documentStore.appendUpdates(worksheetId, [Y.encodeStateAsUpdate(therapistDoc)], {
    userId: 'therapist-1',
    role: 'therapist',
    receivedAt: 1,
  });
  return { worksheetId, therapistDoc };
}

/** An edit written under `clientId` on top of `base`, as a device with that client id would send it. */
function editUnder(base: Y.Doc, clientId: number, text: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  doc.clientID = clientId;
  const before = Y.encodeStateVector(doc);
  doc.getText('body').insert(doc.getText('body').length, text);
  return Y.encodeStateAsUpdate(doc, before);
}

const storedText = async (instance: PostgresRelayInstance, worksheetId: string) =>
  (await storedDoc(instance.storage.documentStore, worksheetId)).getText('body').toString();

/** The refused updates, once the quarantine the relay started as it closed the sender has been written. */
async function quarantined(instance: PostgresRelayInstance, worksheetId: string) {
  for (;;) {
    const refused = await instance.storage.documentStore.refusedUpdates(worksheetId);
    if (refused.length > 0) return refused;
  }
}

describe('R24 on Postgres: a Yjs client id belongs to the user who first wrote with it', () => {
  test("R24: an update written under the therapist's client id is refused with 4403 and quarantined, also on a restarted instance", async () => {
    const first = await startInstance();
    const { worksheetId, therapistDoc } = await seeded(first);
    const forged = editUnder(therapistDoc, therapistDoc.clientID, "in the therapist's name");

    const impostor = await peer(first, worksheetId, 'client-1');
    impostor.sendUpdate(forged);
    expect((await impostor.socket.closed).code).toBe(CloseCode.refused);
    const refused = await quarantined(first, worksheetId);
    expect(refused.map((entry) => entry.reason)).toEqual([
      `client id ${therapistDoc.clientID} belongs to another user`,
    ]);

    const restarted = await startInstance();
    const again = await peer(restarted, worksheetId, 'client-1');
    again.sendUpdate(forged);
    expect((await again.socket.closed).code).toBe(CloseCode.refused);
    expect(await storedText(restarted, worksheetId)).toBe('Notes. ');
  });

  test('R24: the same user writes on under its client id from a new connection and a new instance', async () => {
    const first = await startInstance();
    const { worksheetId, therapistDoc } = await seeded(first);
    const watcher = await peer(first, worksheetId, 'therapist-1');
    const device = await peer(first, worksheetId, 'client-1');
    device.forge((doc) => doc.getText('body').insert(7, 'Mine.'));
    // Relayed only once stored (R5).
    await watcher.until(() => watcher.doc.getText('body').toString() === 'Notes. Mine.');

    const second = await startInstance();
    const reconnected = await peer(second, worksheetId, 'client-1');
    reconnected.sendUpdate(editUnder(device.doc, device.doc.clientID, ' More.'));
    await reconnected.until(() => reconnected.doc.getText('body').toString() === 'Notes. Mine. More.');
    expect(reconnected.closed).toBe(false);
    expect(therapistDoc.clientID).not.toBe(device.doc.clientID);
  });

  test('R24: an id claimed on another instance meanwhile fails the batch there (1011, nothing stored); the retry is refused with 4403', async () => {
    const a = await startInstance();
    const b = await startInstance();
    const { worksheetId } = await seeded(a);
    // Both instances hold the worksheet's room; claims are not shared between them.
    const honest = await peer(a, worksheetId, 'client-1');
    const impostor = await peer(b, worksheetId, 'therapist-2');
    const watcher = await peer(a, worksheetId, 'therapist-1');
    honest.forge((doc) => doc.getText('body').insert(7, 'Honest.'));
    await watcher.until(() => watcher.doc.getText('body').toString() === 'Notes. Honest.');

    impostor.sendUpdate(editUnder(honest.doc, honest.doc.clientID, ' Forged.'));
    expect((await impostor.socket.closed).code).toBe(CloseCode.storageFailure);
    expect(b.logger.errors.some((message) => message.startsWith('Could not store'))).toBe(true);
    expect(await storedText(b, worksheetId)).toBe('Notes. Honest.');

    const retry = await peer(b, worksheetId, 'therapist-2');
    retry.sendUpdate(editUnder(honest.doc, honest.doc.clientID, ' Forged.'));
    expect((await retry.socket.closed).code).toBe(CloseCode.refused);
    expect(await storedText(b, worksheetId)).toBe('Notes. Honest.');
    expect((await quarantined(b, worksheetId)).map((entry) => entry.provenance.userId)).toEqual([
      'therapist-2',
    ]);
  });

  test("R4: owners that cannot be read fail the room's load (1011, nothing served); the next connection loads again", async () => {
    const instance = await startInstance();
    const { worksheetId } = await seeded(instance);
    await pools[0]!.query('ALTER TABLE worksheet_client_ids RENAME TO hidden_client_ids');
    const early = new RawYjsPeer(instance.url, worksheetId, { user: 'client-1', role: 'client' });
    peers.push(early);
    expect((await early.socket.closed).code).toBe(CloseCode.storageFailure);
    expect(early.doc.getText('body').toString()).toBe('');
    expect(instance.logger.errors).toContain(`Could not load worksheet ${worksheetId}`);

    await pools[0]!.query('ALTER TABLE hidden_client_ids RENAME TO worksheet_client_ids');
    const later = await peer(instance, worksheetId, 'client-1');
    expect(later.doc.getText('body').toString()).toBe('Notes. ');
  });

  test("a room's cached owners go when it unloads", async () => {
    const instance = await startInstance();
    const { worksheetId } = await seeded(instance);
    const device = await peer(instance, worksheetId, 'client-1');
    expect(instance.storage.clientIdOwners.isCached(worksheetId)).toBe(true);
    device.close();
    await waitFor(
      () => instance.relay.connectionCount === 0,
      (notify) => instance.relay.onConnectionClosed(notify),
    );
    instance.clock.advance(unloadDelayMs);
    expect(instance.relay.hasRoom(worksheetId)).toBe(false);
    // The room is destroyed once its (finished) writes are awaited: a few promise turns.
    await new Promise((resolve) => setImmediate(resolve));
    expect(instance.storage.clientIdOwners.isCached(worksheetId)).toBe(false);
  });
});

import crypto from 'node:crypto';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, test } from 'vitest';
import * as Y from 'yjs';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool, postgresExecutor } from '../../src/database/postgres-sql-database.js';
import { postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import {
  ClientIdTakenError,
  PostgresClientIdOwners,
  postgresClientIdMigrations,
} from '../../src/permissions/postgres-client-id-owners.js';
import { DocumentStoreError, type DocumentWrite } from '../../src/storage/document-store.js';
import { PostgresDocumentStore } from '../../src/storage/postgres-document-store.js';
import { createPostgresRelayStorage } from '../../src/storage/postgres-relay-storage.js';
import { postgresStorageMigrations } from '../../src/storage/storage-migrations.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { postgresWorksheetMigrations } from '../../src/worksheets/worksheet-migrations.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase(inject('postgresUrl'), 'client_ids');
});
afterAll(async () => {
  await database.drop();
});

let schema: string;
const pools: pg.Pool[] = [];
const openPool = () => {
  const pool = createPostgresPool({ connectionString: database.url, schema, maxConnections: 4 });
  pools.push(pool);
  return pool;
};
/** One server instance: its own pool, document store and owners, on the shared database. */
const instance = () => createPostgresRelayStorage(openPool());

beforeEach(async () => {
  schema = `ids_${crypto.randomBytes(5).toString('hex')}`;
  const admin = openPool();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await applyPostgresMigrations(admin, [
    ...postgresStorageMigrations,
    ...postgresPeopleMigrations,
    ...postgresWorksheetMigrations,
    ...postgresClientIdMigrations,
  ]);
});
afterEach(async () => {
  await pools[0]!.query(`DROP SCHEMA ${schema} CASCADE`);
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

const worksheetId = 'ws-1';

/** An edit written under `clientId`, as the relay enqueues it: with the ids it writes new items under. */
function edit(userId: string, clientId: number, text: string): DocumentWrite {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  doc.getText('body').insert(0, text);
  return {
    documentId: worksheetId,
    update: Y.encodeStateAsUpdate(doc),
    provenance: { userId, role: userId.startsWith('client') ? 'client' : 'therapist', receivedAt: 1 },
    newClientIds: [clientId],
  };
}

async function ownerRows() {
  const result = await pools[0]!.query<{ client_id: number; user_id: string }>(
    'SELECT client_id, user_id FROM worksheet_client_ids ORDER BY client_id',
  );
  return result.rows;
}

async function storedText(store: PostgresDocumentStore): Promise<string> {
  const doc = new Y.Doc();
  for (const update of (await store.load(worksheetId))?.updates ?? []) Y.applyUpdate(doc, update);
  return doc.getText('body').toString();
}

test('R24 on Postgres: a claim is saved with the batch that stores its update, and a new instance loads it on prepare', async () => {
  const first = instance();
  await first.clientIdOwners.prepare(worksheetId);
  expect(first.clientIdOwners.claim(worksheetId, 'client-1', [7])).toBeNull();
  expect(await ownerRows()).toEqual([]);
  await first.documentStore.appendBatch([edit('client-1', 7, 'mine')]);
  expect(await ownerRows()).toEqual([{ client_id: 7, user_id: 'client-1' }]);

  const restarted = instance();
  await restarted.clientIdOwners.prepare(worksheetId);
  expect(restarted.clientIdOwners.claim(worksheetId, 'therapist-1', [7])).toEqual({
    clientId: 7,
    owner: 'client-1',
  });
  expect(restarted.clientIdOwners.claim(worksheetId, 'client-1', [7, 8])).toBeNull();
});

test("R24 on Postgres: a second user's claim of an id already claimed is refused at once, before any batch", async () => {
  const { clientIdOwners } = instance();
  await clientIdOwners.prepare(worksheetId);
  expect(clientIdOwners.claim(worksheetId, 'client-1', [7])).toBeNull();
  expect(clientIdOwners.claim(worksheetId, 'therapist-1', [8, 7])).toEqual({
    clientId: 7,
    owner: 'client-1',
  });
  // Nothing of the refused claim was taken: 8 is still free for anyone.
  expect(clientIdOwners.claim(worksheetId, 'client-2', [8])).toBeNull();
});

test('R24 on Postgres: an id claimed on another instance meanwhile fails the second batch, which stores nothing', async () => {
  const a = instance();
  const b = instance();
  await Promise.all([a.clientIdOwners.prepare(worksheetId), b.clientIdOwners.prepare(worksheetId)]);
  // Neither instance knows of the other's claim: claims do not travel over the room bus.
  expect(a.clientIdOwners.claim(worksheetId, 'client-1', [9])).toBeNull();
  expect(b.clientIdOwners.claim(worksheetId, 'therapist-1', [9])).toBeNull();
  await a.documentStore.appendBatch([edit('client-1', 9, 'honest')]);

  const other = edit('therapist-1', 5, 'innocent bystander');
  const failure = b.documentStore.appendBatch([other, edit('therapist-1', 9, 'forged')]);
  await expect(failure).rejects.toBeInstanceOf(DocumentStoreError);
  await expect(failure).rejects.toMatchObject({ cause: expect.any(ClientIdTakenError) });
  expect(await storedText(b.documentStore)).toBe('honest');
  expect(await ownerRows()).toEqual([{ client_id: 9, user_id: 'client-1' }]);
  // The failed batch taught instance B the owner: a retry is refused at once (4403), not by another failed batch.
  b.clientIdOwners.forgetCachedClaims();
  expect(b.clientIdOwners.claim(worksheetId, 'therapist-1', [9])).toEqual({ clientId: 9, owner: 'client-1' });
  // The bystander's id was not saved with the failed batch; it is claimed afresh with its retried update.
  expect(b.clientIdOwners.claim(worksheetId, 'therapist-1', [5])).toBeNull();
  await b.documentStore.appendBatch([other]);
  expect(await ownerRows()).toEqual([
    { client_id: 5, user_id: 'therapist-1' },
    { client_id: 9, user_id: 'client-1' },
  ]);
});

test('R24 on Postgres: two instances storing the same new id at the same moment: exactly one batch is stored', async () => {
  const a = instance();
  const b = instance();
  const results = await Promise.allSettled([
    a.documentStore.appendBatch([edit('client-1', 11, 'from a')]),
    b.documentStore.appendBatch([edit('therapist-1', 11, 'from b')]),
  ]);
  expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
  const winner = results[0]!.status === 'fulfilled' ? 'client-1' : 'therapist-1';
  expect(await ownerRows()).toEqual([{ client_id: 11, user_id: winner }]);
  expect(await storedText(a.documentStore)).toBe(winner === 'client-1' ? 'from a' : 'from b');
});

test("the server's own writes carry no ids: the update's ids are claimed for its author, in the same transaction", async () => {
  const { documentStore, clientIdOwners } = instance();
  const seed = edit('therapist-1', 21, 'seed');
  delete seed.newClientIds;
  await documentStore.appendBatch([seed]);
  expect(await ownerRows()).toEqual([{ client_id: 21, user_id: 'therapist-1' }]);
  await clientIdOwners.prepare(worksheetId);
  expect(clientIdOwners.claim(worksheetId, 'client-1', [21])).toEqual({ clientId: 21, owner: 'therapist-1' });
});

test("a client's batch records the worksheet's activity with the update; the composed hook fails it all together", async () => {
  const { documentStore } = instance();
  const admin = pools[0]!;
  await admin.query(
    `INSERT INTO practices (id, name, crisis_text, created_at) VALUES ('p', 'Practice', '', 1);
     INSERT INTO users (id, practice_id, role, email, display_name, created_at)
       VALUES ('therapist-1', 'p', 'therapist', 't@example.test', 'T', 1),
              ('client-1', 'p', 'client', 'c@example.test', 'C', 1);
     INSERT INTO worksheets (id, client_id, therapist_id, title, kind, template_id, template_version, assigned_at)
       VALUES ('${worksheetId}', 'client-1', 'therapist-1', 'Thought record', 'worksheet', 't', 1, 1);`,
  );
  const activity = async () =>
    (await admin.query('SELECT started_at, last_client_activity_at FROM worksheets')).rows[0];
  const first = edit('client-1', 31, 'a');
  await documentStore.appendBatch([{ ...first, provenance: { ...first.provenance, receivedAt: 40 } }]);
  expect(await activity()).toEqual({ started_at: 40, last_client_activity_at: 40 });

  // Activity and claim in one transaction: a refused claim leaves the activity as it was.
  await admin.query("INSERT INTO worksheet_client_ids VALUES ('ws-1', 32, 'therapist-1')");
  const forged = edit('client-1', 32, 'b');
  await expect(
    documentStore.appendBatch([{ ...forged, provenance: { ...forged.provenance, receivedAt: 90 } }]),
  ).rejects.toBeInstanceOf(DocumentStoreError);
  expect(await activity()).toEqual({ started_at: 40, last_client_activity_at: 40 });
});

test('forgetting cached claims drops the provisional ones only; owners read from the table stay', async () => {
  const { documentStore, clientIdOwners } = instance();
  await documentStore.appendBatch([edit('client-1', 41, 'stored')]);
  await clientIdOwners.prepare(worksheetId);
  expect(clientIdOwners.claim(worksheetId, 'client-1', [42])).toBeNull();
  clientIdOwners.forgetCachedClaims();
  expect(clientIdOwners.claim(worksheetId, 'therapist-1', [41])).toEqual({ clientId: 41, owner: 'client-1' });
  expect(clientIdOwners.claim(worksheetId, 'therapist-1', [42])).toBeNull();
});

test('the cache is bounded: the least recently loaded worksheet goes, and its claims are still checked in the batch', async () => {
  const pool = openPool();
  await instance().documentStore.appendBatch([edit('client-1', 51, 'stored')]);
  const owners = new PostgresClientIdOwners(postgresExecutor(pool), 2);
  const store = new PostgresDocumentStore(pool, (tx, writes) => owners.saveClaimsIn(tx, writes));
  await owners.prepare(worksheetId);
  expect(owners.claim(worksheetId, 'client-1', [52])).toBeNull();
  expect(owners.claim('ws-2', 'client-1', [1, 2])).toBeNull();
  expect(owners.isCached(worksheetId)).toBe(false);
  expect(owners.isCached('ws-2')).toBe(true);
  // Forgotten, so not refused at once: the batch refuses it instead.
  expect(owners.claim(worksheetId, 'therapist-1', [51])).toBeNull();
  await expect(store.appendBatch([edit('therapist-1', 51, 'forged')])).rejects.toMatchObject({
    cause: expect.any(ClientIdTakenError),
  });
  expect(await storedText(store)).toBe('stored');
  owners.release('ws-2');
  expect(owners.isCached('ws-2')).toBe(false);
});

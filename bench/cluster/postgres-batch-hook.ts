/**
 * What the relay's batch hook on Postgres costs per batch (docs/storage.md, createPostgresRelayStorage):
 *   npx -y pnpm@12.4.2 bench:batch-hook   (BATCHES=… to change how many batches each row writes)
 * A Postgres server started for the run (Debian's postgresql, as the tests do). Each row appends BATCHES batches
 * one after another, each holding one client keystroke per worksheet (1 or 10 worksheets per batch), with the
 * new client ids the relay would pass; the worksheets' rooms are prepared first, as the relay does on load.
 */
import * as Y from 'yjs';
import { applyPostgresMigrations } from '../../packages/sync-server/src/database/postgres-migrations.js';
import {
  createPostgresPool,
  postgresExecutor,
} from '../../packages/sync-server/src/database/postgres-sql-database.js';
import { postgresPeopleMigrations } from '../../packages/sync-server/src/people/people-migrations.js';
import {
  PostgresClientIdOwners,
  postgresClientIdMigrations,
} from '../../packages/sync-server/src/permissions/postgres-client-id-owners.js';
import type { DocumentWrite } from '../../packages/sync-server/src/storage/document-store.js';
import {
  type PostgresBatchHook,
  PostgresDocumentStore,
} from '../../packages/sync-server/src/storage/postgres-document-store.js';
import { createPostgresRelayStorage } from '../../packages/sync-server/src/storage/postgres-relay-storage.js';
import { postgresStorageMigrations } from '../../packages/sync-server/src/storage/storage-migrations.js';
import { startPostgresTestServer } from '../../packages/sync-server/src/testing/postgres-test-server.js';
import { createTestDatabase } from '../../packages/sync-server/src/testing/test-database.js';
import { postgresWorksheetMigrations } from '../../packages/sync-server/src/worksheets/worksheet-migrations.js';
import { recordClientActivityIn } from '../../packages/sync-server/src/worksheets/worksheet-progress.js';
import { median, percentile } from '../relay/statistics.js';

const BATCHES = Number(process.env.BATCHES ?? 400);
const WORKSHEETS = 10;

const server = await startPostgresTestServer();
const database = await createTestDatabase(server.url, 'bench_batch_hook');
const pool = createPostgresPool({ connectionString: database.url, maxConnections: 4 });
try {
  await applyPostgresMigrations(pool, [
    ...postgresStorageMigrations,
    ...postgresPeopleMigrations,
    ...postgresWorksheetMigrations,
    ...postgresClientIdMigrations,
  ]);
  await pool.query(
    `INSERT INTO practices (id, name, crisis_text, created_at) VALUES ('p', 'Practice', '', 1);
     INSERT INTO users (id, practice_id, role, email, display_name, created_at)
       VALUES ('t', 'p', 'therapist', 't@example.test', 'T', 1), ('c', 'p', 'client', 'c@example.test', 'C', 1);
     INSERT INTO worksheets (id, client_id, therapist_id, title, kind, template_id, template_version, assigned_at)
       SELECT 'w' || g, 'c', 't', 'Thought record', 'worksheet', 't', 1, 1 FROM generate_series(0, ${WORKSHEETS - 1}) g;`,
  );

  /** One client typing BATCHES keystrokes into the worksheet, as the relay enqueues them. */
  const typist = (worksheetId: string): DocumentWrite[] => {
    const doc = new Y.Doc();
    const writes: DocumentWrite[] = [];
    doc.on('update', (update: Uint8Array) =>
      writes.push({
        documentId: worksheetId,
        update,
        provenance: { userId: 'c', role: 'client', receivedAt: writes.length + 1 },
        newClientIds: [doc.clientID],
      }),
    );
    for (let index = 0; index < BATCHES; index += 1) doc.getText('body').insert(index, 'x');
    return writes;
  };

  const prepared = async (owners: PostgresClientIdOwners, worksheets: number) => {
    for (let index = 0; index < worksheets; index += 1) await owners.prepare(`w${index}`);
    return owners;
  };

  const rows: Array<{ name: string; hook: (worksheets: number) => Promise<PostgresBatchHook | null> }> = [
    { name: 'no hook', hook: async () => null },
    { name: 'empty hook', hook: async () => async () => {} },
    {
      name: 'client activity only',
      hook: async () => (tx, writes) => recordClientActivityIn(tx, writes, 'postgres'),
    },
    {
      name: 'client-id claims only',
      hook: async (worksheets) => {
        const owners = await prepared(new PostgresClientIdOwners(postgresExecutor(pool)), worksheets);
        return (tx, writes) => owners.saveClaimsIn(tx, writes);
      },
    },
  ];

  console.log(`Postgres batch hook: ${BATCHES} batches per row, one keystroke per worksheet per batch`);
  console.log('row'.padEnd(40), 'worksheets/batch', 'p50 ms', 'p99 ms');
  for (const worksheets of [1, WORKSHEETS]) {
    const measure = async (name: string, store: PostgresDocumentStore) => {
      const typists = Array.from({ length: worksheets }, (_, index) => typist(`w${index}`));
      const times: number[] = [];
      for (let batch = 0; batch < BATCHES; batch += 1) {
        const started = performance.now();
        await store.appendBatch(typists.map((writes) => writes[batch]!));
        times.push(performance.now() - started);
      }
      console.log(
        name.padEnd(40),
        String(worksheets).padStart(16),
        median(times).toFixed(2).padStart(6),
        percentile(times, 99).toFixed(2).padStart(6),
      );
    };
    for (const row of rows)
      await measure(row.name, new PostgresDocumentStore(pool, await row.hook(worksheets)));
    const relay = createPostgresRelayStorage(pool);
    await prepared(relay.clientIdOwners, worksheets);
    await measure('relay hook (activity and claims)', relay.documentStore);
  }
} finally {
  await pool.end();
  await database.drop();
  await server.stop();
}

import crypto from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, test } from 'vitest';
import * as Y from 'yjs';
import { storeWorksheetDocuments } from '../../src/api/store-worksheet-documents.js';
import { openDatabase } from '../../src/database/open-database.js';
import { applyPostgresMigrations } from '../../src/database/postgres-migrations.js';
import { createPostgresPool } from '../../src/database/postgres-sql-database.js';
import { postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { postgresClientIdMigrations } from '../../src/permissions/postgres-client-id-owners.js';
import { clientIdMigrations, SqliteClientIdOwners } from '../../src/permissions/sqlite-client-id-owners.js';
import type { ClientIdOwners } from '../../src/relay/client-id-owners.js';
import type { DocumentStore } from '../../src/storage/document-store.js';
import { createPostgresRelayStorage } from '../../src/storage/postgres-relay-storage.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { postgresStorageMigrations, storageMigrations } from '../../src/storage/storage-migrations.js';
import { UpdatesStoredListeners } from '../../src/storage/updates-stored-listeners.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/test-database.js';
import { postgresWorksheetMigrations } from '../../src/worksheets/worksheet-migrations.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

/** One server instance's storage: a fresh `owners()` is what another instance (or a restart) would have. */
interface Engine {
  store: DocumentStore;
  owners(): ClientIdOwners;
  dispose(): Promise<void>;
}

let postgres: TestDatabase;
beforeAll(async () => {
  postgres = await createTestDatabase(inject('postgresUrl'), 'server_writes');
});
afterAll(async () => {
  await postgres.drop();
});

const engines: Array<{ name: string; open(): Promise<Engine> }> = [
  {
    name: 'SQLite',
    async open() {
      const dir = makeTempDir('server-writes');
      const db = openDatabase(dir, {
        synchronous: 'FULL',
        migrations: [...storageMigrations, ...clientIdMigrations],
      });
      const owners = new SqliteClientIdOwners(db);
      const store = new SqliteDocumentStore(db, () => owners.saveClaims());
      let first = true;
      return {
        store,
        // The first is the one the store saves with; later ones read the same table.
        owners: () => {
          if (!first) return new SqliteClientIdOwners(db);
          first = false;
          return owners;
        },
        dispose: async () => {
          await store.close();
          db.close();
          removeTempDir(dir);
        },
      };
    },
  },
  {
    name: 'Postgres',
    async open() {
      const schema = `writes_${crypto.randomBytes(5).toString('hex')}`;
      const pool = createPostgresPool({ connectionString: postgres.url, schema, maxConnections: 4 });
      await pool.query(`CREATE SCHEMA ${schema}`);
      await applyPostgresMigrations(pool, [
        ...postgresStorageMigrations,
        ...postgresPeopleMigrations,
        ...postgresWorksheetMigrations,
        ...postgresClientIdMigrations,
      ]);
      const storage = createPostgresRelayStorage(pool);
      let first = true;
      return {
        store: storage.documentStore,
        owners: () => {
          if (!first) return createPostgresRelayStorage(pool).clientIdOwners;
          first = false;
          return storage.clientIdOwners;
        },
        dispose: async () => {
          await pool.query(`DROP SCHEMA ${schema} CASCADE`);
          await pool.end();
        },
      };
    },
  },
];

function edit(text: string): { update: Uint8Array; clientId: number } {
  const doc = new Y.Doc();
  doc.getText('body').insert(0, text);
  return { update: Y.encodeStateAsUpdate(doc), clientId: doc.clientID };
}

/** Asks a fresh instance who owns the id, by trying to claim it for someone else. */
async function ownerSeenAfresh(
  engine: Engine,
  worksheetId: string,
  clientId: number,
): Promise<string | null> {
  const owners = engine.owners();
  await owners.prepare?.(worksheetId);
  return owners.claim(worksheetId, 'someone-else', [clientId])?.owner ?? null;
}

describe.each(engines)(
  "the server's own writes claim their client ids for their author on $name (R24)",
  ({ open }) => {
    let engine: Engine;
    let documents: ReturnType<typeof storeWorksheetDocuments>;
    beforeEach(async () => {
      engine = await open();
      documents = storeWorksheetDocuments({
        store: engine.store,
        clientIdOwners: engine.owners(),
        clock: new ManualClock(),
        updatesStored: new UpdatesStoredListeners(),
        logError: (message, error) => {
          throw new Error(`${message}: ${String(error)}`);
        },
      });
    });
    afterEach(async () => {
      await engine.dispose();
    });

    test("a worksheet's seed: its ids are the therapist's, saved in the transaction that creates it", async () => {
      const seed = edit('Seed');
      await documents.create('ws-1', seed.update, { userId: 'therapist-1', role: 'therapist' }, () => 'rows');
      expect(await ownerSeenAfresh(engine, 'ws-1', seed.clientId)).toBe('therapist-1');
    });

    test('a creation whose rows fail stores neither the document nor the claim', async () => {
      const seed = edit('Seed');
      await expect(
        documents.create('ws-1', seed.update, { userId: 'therapist-1', role: 'therapist' }, () => {
          throw new Error('the row was refused');
        }),
      ).rejects.toThrow('the row was refused');
      expect(await engine.store.load('ws-1')).toBeNull();
      expect(await ownerSeenAfresh(engine, 'ws-1', seed.clientId)).toBeNull();
    });

    test("an update the server writes for someone (the demo's answers) claims its ids for them", async () => {
      const seed = edit('Seed');
      await documents.create('ws-1', seed.update, { userId: 'therapist-1', role: 'therapist' }, () => 'rows');
      const answer = edit('Answer');
      await documents.append('ws-1', answer.update, { userId: 'therapist-2', role: 'therapist' });
      expect(await ownerSeenAfresh(engine, 'ws-1', answer.clientId)).toBe('therapist-2');
    });
  },
);

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { type Accounts, createAccounts } from '../../src/accounts.js';
import type { WorksheetDocuments } from '../../src/api/api-dependencies.js';
import { serverTemplateCatalogue } from '../../src/api/server-template-catalogue.js';
import { storeWorksheetDocuments } from '../../src/api/store-worksheet-documents.js';
import { openDatabase, type SqliteDatabase } from '../../src/database/open-database.js';
import { serverMigrations } from '../../src/database/server-migrations.js';
import { SqliteSqlDatabase } from '../../src/database/sqlite-sql-database.js';
import { addClient } from '../../src/people/add-client.js';
import type { User } from '../../src/people/people-types.js';
import { SqliteClientIdOwners } from '../../src/permissions/sqlite-client-id-owners.js';
import { SqliteDocumentStore } from '../../src/storage/sqlite-document-store.js';
import { UpdatesStoredListeners } from '../../src/storage/updates-stored-listeners.js';
import { ManualClock } from '../../src/testing/manual-clock.js';
import { assignWorksheet } from '../../src/worksheets/assign-worksheet.js';
import { AssignmentRefused } from '../../src/worksheets/assignment-refused.js';
import { testScrypt } from '../api/api-harness.js';

// Accounts and documents share one SQLite database, as in server.ts.
let dataDir: string;
let db: SqliteDatabase;
let accounts: Accounts;
let store: SqliteDocumentStore;
let documents: WorksheetDocuments;
let updatesStored: UpdatesStoredListeners;
let therapist: User;

beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-assign-'));
  db = openDatabase(dataDir, { synchronous: 'NORMAL', migrations: serverMigrations });
  const clock = new ManualClock();
  accounts = createAccounts(new SqliteSqlDatabase(db), clock, { scrypt: testScrypt });
  store = new SqliteDocumentStore(db);
  updatesStored = new UpdatesStoredListeners();
  documents = storeWorksheetDocuments({
    store,
    clientIdOwners: new SqliteClientIdOwners(db),
    clock,
    updatesStored,
    logError: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  });
  const practice = await accounts.practices.create('Practice');
  therapist = await accounts.users.create({
    practiceId: practice.id,
    role: 'therapist',
    email: 'dana@example.test',
    displayName: 'Dana',
    passwordHash: null,
  });
});
afterEach(async () => {
  await store.close();
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const newClient = async () =>
  (await addClient(accounts, therapist, { displayName: 'Eli', email: 'eli@example.test' })).client;
const deps = () => ({ accounts, documents, templates: serverTemplateCatalogue(accounts) });

test('the seed, the worksheet row and the audit entry are stored together', async () => {
  const worksheet = await assignWorksheet(deps(), {
    therapist,
    client: await newClient(),
    templateId: 'thought-record',
  });
  expect(await store.load(worksheet.id)).not.toBeNull();
  expect(await accounts.worksheets.get(worksheet.id)).toBeDefined();
  const audited = await accounts.audit.listForPractice(therapist.practiceId, 10);
  expect(audited.filter((entry) => entry.action === 'assignment-created')).toHaveLength(1);
});

test('a failure while writing the row leaves no document, no row and no audit entry', async () => {
  const client = await newClient();
  const before = (await accounts.audit.listForPractice(therapist.practiceId, 10)).length;
  const failure = new Error('disk full while writing the audit entry');
  // The entry is written inside the assignment's transaction, then the write fails.
  const inTransaction = accounts.audit.in.bind(accounts.audit);
  accounts.audit.in = (tx) => {
    const log = inTransaction(tx);
    const record = log.record.bind(log);
    log.record = async (event) => {
      await record(event);
      throw failure;
    };
    return log;
  };
  let worksheetId = '';
  documents.newWorksheetId = () => {
    worksheetId = 'failed-worksheet-0000000';
    return worksheetId;
  };
  await expect(assignWorksheet(deps(), { therapist, client, templateId: 'thought-record' })).rejects.toBe(
    failure,
  );
  expect(await store.load(worksheetId)).toBeNull();
  expect(await store.provenanceSummary(worksheetId)).toEqual([]);
  expect(await accounts.worksheets.get(worksheetId)).toBeUndefined();
  expect(await accounts.audit.listForPractice(therapist.practiceId, 10)).toHaveLength(before);
});

test('refusals carry a reason the therapist can act on, and store nothing', async () => {
  const client = await newClient();
  const refusal = (input: Partial<Parameters<typeof assignWorksheet>[1]>) =>
    assignWorksheet(deps(), { therapist, client, templateId: 'thought-record', ...input }).then(
      () => null,
      (error: unknown) => (error instanceof AssignmentRefused ? error.reason : error),
    );
  expect(await refusal({ templateId: 'no-such-template' })).toBe('template-not-found');
  expect(await refusal({ content: { type: 'not-a-doc' } })).toBe('invalid-content');
  expect(await refusal({ dueDate: '2020-01-01' })).toBe('due-date-passed');
  await accounts.clients.archive(client.userId, 'read-only');
  expect(await refusal({ client: (await accounts.clients.get(client.userId))! })).toBe('client-archived');
  expect(await accounts.worksheets.listForTherapist(therapist.id)).toEqual([]);
});

test('"as of" an earlier time, a due date now past was still ahead: that is how the demo makes overdue work', async () => {
  const now = accounts.clock.now();
  // Two days ago: a day that has ended everywhere.
  const dueDate = new Date(now - 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const client = await newClient();
  await expect(
    assignWorksheet(deps(), { therapist, client, templateId: 'thought-record', dueDate }),
  ).rejects.toThrow(AssignmentRefused);
  const weekAgo = now - 7 * 24 * 60 * 60 * 1000;
  const worksheet = await assignWorksheet(deps(), {
    therapist,
    client,
    templateId: 'thought-record',
    dueDate,
    asOf: weekAgo,
  });
  expect(worksheet).toMatchObject({ dueDate, assignedAt: weekAgo });
});

test('updates the server stores itself are told to the same listeners as the relay’s', async () => {
  const heard: string[] = [];
  updatesStored.add(({ provenance, doc }) => {
    heard.push(`${provenance.role}:${String(doc.getMap('meta').get('title'))}`);
  });
  const worksheet = await assignWorksheet(deps(), {
    therapist,
    client: await newClient(),
    templateId: 'thought-record',
    title: 'My record',
  });
  const updates = await documents.load(worksheet.id);
  await documents.append(worksheet.id, updates[0]!, { userId: 'client-1', role: 'client' });
  expect(heard).toEqual(['therapist:My record', 'client:My record']);
});

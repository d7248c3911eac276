import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { openDatabase } from '../../src/database/open-database.js';
import type { SqlDatabase } from '../../src/database/sql-database.js';
import { SqliteSqlDatabase } from '../../src/database/sqlite-sql-database.js';
import { measureMigrations } from '../../src/measures/measure-migrations.js';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import type { DocumentWrite, UpdateProvenance } from '../../src/storage/document-store.js';
import {
  postgresWorksheetMigrations,
  worksheetMigrations,
} from '../../src/worksheets/worksheet-migrations.js';
import { recordClientActivityIn, recordClientActivityOf } from '../../src/worksheets/worksheet-progress.js';
import { WorksheetStore } from '../../src/worksheets/worksheet-store.js';
import { newPractice } from '../helpers/practice-people.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';
import { makeTempDir, removeTempDir } from '../helpers/temp-dir.js';

const write = (documentId: string, role: UpdateProvenance['role'], receivedAt: number): DocumentWrite => ({
  documentId,
  update: new Uint8Array([0, 0]),
  provenance: { userId: `${role}-1`, role, receivedAt },
});

/** Three worksheets (w1, w2, w3) of one client, with their practice and people. */
async function createWorksheets(sql: SqlDatabase): Promise<void> {
  const { person } = await newPractice(sql);
  const therapist = await person('therapist', 'dana@example.test');
  const client = await person('client', 'eli@example.test');
  const worksheets = new WorksheetStore(sql);
  for (const id of ['w1', 'w2', 'w3']) {
    await worksheets.create({
      id,
      clientId: client.id,
      therapistId: therapist.id,
      title: 'Thought record',
      kind: 'worksheet',
      templateId: 'thought-record',
      templateVersion: 1,
      dueDate: null,
      note: null,
      assignedAt: 1,
      sentAt: 1,
      seriesId: null,
      seriesIndex: null,
    });
  }
}

describe.each(sqlDialects)('client activity recorded in a batch on $dialect', ({ dialect, open }) => {
  let opened: OpenedSqlDatabase;
  beforeEach(async () => {
    opened = await open({
      sqlite: [...peopleMigrations, ...measureMigrations, ...worksheetMigrations],
      postgres: [...postgresPeopleMigrations, ...postgresWorksheetMigrations],
    });
    await createWorksheets(opened.sql);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  const activity = async (id: string) =>
    opened.sql.one<{ started_at: number | null; last_client_activity_at: number | null }>(
      'SELECT started_at, last_client_activity_at FROM worksheets WHERE id = ?',
      [id],
    );

  test("a client's writes start the worksheet and set its latest activity; others' writes are not activity", async () => {
    await opened.sql.transaction((tx) =>
      recordClientActivityIn(
        tx,
        [
          write('w1', 'client', 30),
          write('w1', 'client', 50),
          write('w1', 'client', 40),
          write('w2', 'therapist', 60),
          write('w3', 'system', 70),
          write('w3', 'client', 20),
        ],
        dialect,
      ),
    );
    expect(await activity('w1')).toEqual({ started_at: 50, last_client_activity_at: 50 });
    expect(await activity('w2')).toEqual({ started_at: null, last_client_activity_at: null });
    expect(await activity('w3')).toEqual({ started_at: 20, last_client_activity_at: 20 });

    await opened.sql.transaction((tx) => recordClientActivityIn(tx, [write('w1', 'client', 90)], dialect));
    expect(await activity('w1')).toEqual({ started_at: 50, last_client_activity_at: 90 });
  });

  test('a rolled-back batch records no activity', async () => {
    await expect(
      opened.sql.transaction(async (tx) => {
        await recordClientActivityIn(tx, [write('w1', 'client', 30)], dialect);
        throw new Error('the batch failed');
      }),
    ).rejects.toThrow('the batch failed');
    expect(await activity('w1')).toEqual({ started_at: null, last_client_activity_at: null });
  });
});

test('on SQLite the synchronous fast path inside the batch writes the same rows', async () => {
  const dir = makeTempDir('client-activity');
  const db = openDatabase(dir, {
    synchronous: 'FULL',
    migrations: [...peopleMigrations, ...measureMigrations, ...worksheetMigrations],
  });
  try {
    const sql = new SqliteSqlDatabase(db);
    await createWorksheets(sql);
    const record = recordClientActivityOf(db);
    record([write('w1', 'client', 30), write('w1', 'client', 50), write('w2', 'therapist', 60)]);
    record([write('w1', 'client', 90)]);
    const row = (id: string) =>
      db.prepare('SELECT started_at, last_client_activity_at FROM worksheets WHERE id = ?').get(id);
    expect(row('w1')).toEqual({ started_at: 50, last_client_activity_at: 90 });
    expect(row('w2')).toEqual({ started_at: null, last_client_activity_at: null });
  } finally {
    db.close();
    removeTempDir(dir);
  }
});

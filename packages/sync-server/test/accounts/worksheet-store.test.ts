import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { measureMigrations } from '../../src/measures/measure-migrations.js';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import {
  postgresWorksheetMigrations,
  worksheetMigrations,
} from '../../src/worksheets/worksheet-migrations.js';
import { type NewWorksheetRecord, WorksheetStore } from '../../src/worksheets/worksheet-store.js';
import { newPractice } from '../helpers/practice-people.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('WorksheetStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let worksheets: WorksheetStore;
  let row: (id: string, changes?: Partial<NewWorksheetRecord>) => NewWorksheetRecord;
  let practiceId: string;
  beforeEach(async () => {
    opened = await open({
      sqlite: [...peopleMigrations, ...measureMigrations, ...worksheetMigrations],
      postgres: [...postgresPeopleMigrations, ...postgresWorksheetMigrations],
    });
    worksheets = new WorksheetStore(opened.sql);
    const practice = await newPractice(opened.sql);
    practiceId = practice.practiceId;
    const { person } = practice;
    const therapist = await person('therapist', 'dana@example.test');
    const client = await person('client', 'eli@example.test');
    row = (id, changes = {}) => ({
      id,
      clientId: client.id,
      therapistId: therapist.id,
      title: 'Thought record',
      kind: 'worksheet',
      templateId: 'thought-record',
      templateVersion: 1,
      dueDate: '2026-01-12',
      note: null,
      assignedAt: 1_000,
      sentAt: 1_000,
      seriesId: null,
      seriesIndex: null,
      ...changes,
    });
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a created row reads back as created, and lists for its client and therapist, newest first', async () => {
    const first = await worksheets.create(row('w1'));
    const second = await worksheets.create(
      row('w2', { assignedAt: 2_000, kind: 'measure', templateId: 'phq-9' }),
    );
    expect(await worksheets.get('w1')).toEqual(first);
    expect((await worksheets.listForClient(first.clientId)).map((each) => each.id)).toEqual(['w2', 'w1']);
    expect((await worksheets.listForTherapist(first.therapistId)).map((each) => each.id)).toEqual([
      'w2',
      'w1',
    ]);
    expect(await worksheets.assignedCountsByTemplate(practiceId)).toEqual(
      new Map([
        ['thought-record', 1],
        ['phq-9', 1],
      ]),
    );
    expect((await worksheets.listUnscoredMeasures()).map((each) => each.id)).toEqual([second.id]);
  });

  test('hand-in changes report whether anything changed, and taking one back clears the review', async () => {
    await worksheets.create(row('w1'));
    expect(await worksheets.setHandedInAt('w1', '2026-01-05T18:00:00Z')).toBe(true);
    expect(await worksheets.setHandedInAt('w1', '2026-01-05T18:00:00Z')).toBe(false);
    await worksheets.markReviewed('w1', 5_000);
    expect(await worksheets.get('w1')).toMatchObject({
      handedInAt: '2026-01-05T18:00:00Z',
      reviewedAt: 5_000,
    });
    expect(await worksheets.setHandedInAt('w1', null)).toBe(true);
    expect(await worksheets.get('w1')).toMatchObject({ handedInAt: null, reviewedAt: null });
    expect(await worksheets.setHandedInAt('w1', null)).toBe(false);
  });

  test('repairs, sending, measure results and the first safety flag', async () => {
    await worksheets.create(row('w1', { sentAt: null }));
    await worksheets.recordRepair('w1', 3_500);
    await worksheets.recordRepair('w1', 3_600);
    expect(await worksheets.markSent('w1', 4_000)).toBe(true);
    expect(await worksheets.markSent('w1', 4_500)).toBe(false);
    const result = {
      measureId: 'phq-9',
      measureVersion: 1,
      total: 12,
      severity: 'moderate',
      answered: 9,
      flags: [{ id: 'item-9', level: 'urgent' as const, message: 'Thoughts of self-harm' }],
      scoredAt: 5_000,
    };
    await worksheets.setMeasureResult('w1', result);
    expect(await worksheets.markFlagRaised('w1', 5_000)).toBe(true);
    expect(await worksheets.markFlagRaised('w1', 6_000)).toBe(false);
    expect(await worksheets.get('w1')).toMatchObject({
      repairCount: 2,
      lastRepairedAt: 3_600,
      sentAt: 4_000,
      measureResult: result,
      measureFlagRaisedAt: 5_000,
    });
    expect(await worksheets.listUnscoredMeasures()).toEqual([]);
    await worksheets.delete('w1');
    expect(await worksheets.get('w1')).toBeUndefined();
  });

  test("every worksheet's id, whoever it belongs to, in id order", async () => {
    expect(await worksheets.allIds()).toEqual([]);
    for (const id of ['w3', 'w1', 'w2']) await worksheets.create(row(id));
    expect(await worksheets.allIds()).toEqual(['w1', 'w2', 'w3']);
  });

  test('two occurrences of one series with the same index are refused', async () => {
    await worksheets.create(row('w1', { seriesId: 's1', seriesIndex: 1 }));
    await expect(worksheets.create(row('w2', { seriesId: 's1', seriesIndex: 1 }))).rejects.toThrow();
  });
});

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { InOrderPerKey } from '../../src/in-order-per-key.js';
import { measureMigrations } from '../../src/measures/measure-migrations.js';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import { DerivedResponseStore } from '../../src/progress/derived-response-store.js';
import type { DerivedResponse, DerivedWorksheet } from '../../src/progress/derived-worksheet.js';
import { postgresProgressMigrations, progressMigrations } from '../../src/progress/progress-migrations.js';
import {
  postgresWorksheetMigrations,
  worksheetMigrations,
} from '../../src/worksheets/worksheet-migrations.js';
import { type NewWorksheetRecord, WorksheetStore } from '../../src/worksheets/worksheet-store.js';
import { newPractice } from '../helpers/practice-people.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

const response = (nodeId: string, changes: Partial<DerivedResponse> = {}): DerivedResponse => ({
  nodeId,
  kind: 'prompt',
  label: `Label of ${nodeId}`,
  metricKey: null,
  parentNodeId: null,
  entryId: null,
  entryDate: null,
  measureItemId: null,
  value: null,
  number: null,
  display: null,
  ...changes,
});

const derivation = (changes: Partial<DerivedWorksheet> = {}): DerivedWorksheet => ({
  handedInAt: null,
  requiredAnswered: 0,
  requiredTotal: 0,
  completion: 0,
  answeredCount: 0,
  entryCount: 0,
  measureId: null,
  measureTotal: null,
  measureSeverity: null,
  responses: [],
  entries: [],
  ...changes,
});

/** A mood journal with two entries (a mood scale each), a goal with a step, and a plain answer. */
const journal = derivation({
  handedInAt: '2026-01-04T21:30:00.000+01:00',
  requiredAnswered: 2,
  requiredTotal: 3,
  // Not exact in binary: must come back as the same double on both engines.
  completion: 2 / 3,
  answeredCount: 5,
  entryCount: 2,
  responses: [
    response('mood', {
      kind: 'scale',
      metricKey: 'mood',
      entryId: 'e1',
      entryDate: '2026-01-03',
      value: '4',
      number: 4,
    }),
    response('mood', {
      kind: 'scale',
      metricKey: 'mood',
      entryId: 'e2',
      entryDate: '2026-01-04',
      value: '6.5',
      number: 6.5,
    }),
    response('goal', { kind: 'goal', value: '40', number: 40 }),
    response('step-1', { kind: 'goalStep', parentNodeId: 'goal', value: 'true', display: 'Done' }),
    response('thought', { value: JSON.stringify('It went better'), display: 'It went better' }),
    // A scale with a metric key but no answer: not a point on a chart.
    response('sleep', { kind: 'scale', metricKey: 'sleep' }),
  ],
  entries: [
    { groupNodeId: 'days', groupLabel: 'Days', entryId: 'e1', entryDate: '2026-01-03' },
    { groupNodeId: 'days', groupLabel: 'Days', entryId: 'e2', entryDate: null },
  ],
});

describe.each(sqlDialects)('DerivedResponseStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let derived: DerivedResponseStore;
  let worksheets: WorksheetStore;
  let assign: (id: string, changes?: Partial<NewWorksheetRecord>) => Promise<void>;
  let clientId: string;
  let otherClientId: string;

  beforeEach(async () => {
    opened = await open({
      sqlite: [...peopleMigrations, ...measureMigrations, ...worksheetMigrations, ...progressMigrations],
      postgres: [...postgresPeopleMigrations, ...postgresWorksheetMigrations, ...postgresProgressMigrations],
    });
    derived = DerivedResponseStore.on(opened.sql);
    worksheets = new WorksheetStore(opened.sql);
    const practice = await newPractice(opened.sql);
    const person = async (role: 'therapist' | 'client', email: string) =>
      (await practice.person(role, email)).id;
    const therapistId = await person('therapist', 'dana@example.test');
    clientId = await person('client', 'eli@example.test');
    otherClientId = await person('client', 'fay@example.test');
    assign = async (id, changes = {}) => {
      await worksheets.create({
        id,
        clientId,
        therapistId,
        title: 'Mood journal',
        kind: 'worksheet',
        templateId: 'mood-journal',
        templateVersion: 1,
        dueDate: null,
        note: null,
        assignedAt: 1_000,
        sentAt: 1_000,
        seriesId: null,
        seriesIndex: null,
        ...changes,
      });
    };
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a derivation reads back exactly as replaced, responses and entries in document order', async () => {
    await assign('w1');
    expect(await derived.get('w1')).toBeUndefined();
    expect(await derived.replace('w1', journal)).toBe(true);
    expect(await derived.get('w1')).toEqual(journal);
    expect(await derived.derivedIds()).toEqual(new Set(['w1']));
  });

  test("a later derivation replaces every row of the earlier one, and no other worksheet's", async () => {
    await assign('w1');
    await assign('w2');
    await derived.replace('w1', journal);
    await derived.replace('w2', journal);
    const later = derivation({ answeredCount: 1, responses: [response('thought', { value: '"Changed"' })] });
    await derived.replace('w1', later);
    expect(await derived.get('w1')).toEqual(later);
    expect(await derived.get('w2')).toEqual(journal);
  });

  test('hundreds of responses (several insert statements) come back whole and in order', async () => {
    await assign('w1');
    const long = derivation({
      responses: Array.from({ length: 250 }, (_, index) =>
        response(`n${index}`, { kind: 'scale', metricKey: 'mood', value: String(index), number: index }),
      ),
    });
    await derived.replace('w1', long);
    expect(await derived.get('w1')).toEqual(long);
  });

  test('derivations of one worksheet written in the order they were read: the last read is what stays', async () => {
    await assign('w1');
    const writes = new InOrderPerKey();
    const reads = Array.from({ length: 8 }, (_, index) =>
      derivation({ answeredCount: index, responses: [response(`n${index}`)] }),
    );
    await Promise.all(reads.map((read) => writes.run('w1', () => derived.replace('w1', read))));
    expect(await derived.get('w1')).toEqual(reads.at(-1));
  });

  test('a derivation the database refuses part-way leaves the previous one whole (one transaction)', async () => {
    await assign('w1');
    await derived.replace('w1', journal);
    const refused = derivation({
      responses: [response('fine'), response('broken', { label: null as unknown as string })],
    });
    await expect(derived.replace('w1', refused)).rejects.toThrow();
    expect(await derived.get('w1')).toEqual(journal);
  });

  test('a worksheet whose row is gone gets nothing derived', async () => {
    expect(await derived.replace('deleted-meanwhile', journal)).toBe(false);
    expect(await derived.get('deleted-meanwhile')).toBeUndefined();
    expect(await derived.derivedIds()).toEqual(new Set());
  });

  test("removing forgets the worksheet's rows only", async () => {
    await assign('w1');
    await assign('w2');
    await derived.replace('w1', journal);
    await derived.replace('w2', journal);
    await derived.remove('w1');
    expect(await derived.get('w1')).toBeUndefined();
    expect(
      await opened.sql.query("SELECT position FROM derived_responses WHERE worksheet_id = 'w1'"),
    ).toEqual([]);
    expect(await derived.derivedIds()).toEqual(new Set(['w2']));
  });

  test("the progress pages' reads: the client's sent worksheets only; charts, summaries and goals", async () => {
    await assign('w-late', { assignedAt: 3_000 });
    await assign('w-early', { assignedAt: 2_000 });
    await assign('w-draft', { sentAt: null });
    await assign('w-other', { clientId: otherClientId });
    for (const id of ['w-late', 'w-early', 'w-draft', 'w-other']) await derived.replace(id, journal);

    const summaries = await derived.summariesForClient(clientId);
    expect([...summaries.keys()].sort()).toEqual(['w-early', 'w-late']);
    const { responses: _responses, entries: _entries, ...summary } = journal;
    expect(summaries.get('w-early')).toEqual(summary);

    // Chart points: a metric key and a number (the unanswered sleep scale and the goal are not).
    const metrics = await derived.metricResponsesForClient(clientId);
    expect(
      metrics.map(({ worksheetId, metricKey, number, entryDate }) => [
        worksheetId,
        metricKey,
        number,
        entryDate,
      ]),
    ).toEqual([
      ['w-early', 'mood', 4, '2026-01-03'],
      ['w-early', 'mood', 6.5, '2026-01-04'],
      ['w-late', 'mood', 4, '2026-01-03'],
      ['w-late', 'mood', 6.5, '2026-01-04'],
    ]);

    // Goals and their steps, by when the worksheet was assigned, then in document order.
    const goals = await derived.goalResponsesForClient(clientId);
    expect(goals.map(({ worksheetId, nodeId, kind }) => [worksheetId, nodeId, kind])).toEqual([
      ['w-early', 'goal', 'goal'],
      ['w-early', 'step-1', 'goalStep'],
      ['w-late', 'goal', 'goal'],
      ['w-late', 'step-1', 'goalStep'],
    ]);
    expect(goals[1]).toMatchObject({ parentNodeId: 'goal', value: 'true', display: 'Done' });
  });
});

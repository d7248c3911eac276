import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { measureMigrations } from '../../src/measures/measure-migrations.js';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import {
  postgresWorksheetMigrations,
  worksheetMigrations,
} from '../../src/worksheets/worksheet-migrations.js';
import {
  type NewWorksheetSeries,
  WorksheetSeriesStore,
} from '../../src/worksheets/worksheet-series-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

const weekly = (id: string, changes: Partial<NewWorksheetSeries> = {}): NewWorksheetSeries => ({
  id,
  clientId: 'client-1',
  therapistId: 'therapist-1',
  templateId: 'mood-journal',
  title: null,
  content: null,
  note: null,
  rule: { everyDays: 7, count: 4 },
  dueAfterDays: null,
  firstDay: '2026-01-05',
  createdAt: 1_000,
  ...changes,
});

describe.each(sqlDialects)('WorksheetSeriesStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let series: WorksheetSeriesStore;
  beforeEach(async () => {
    opened = await open({
      sqlite: [...peopleMigrations, ...measureMigrations, ...worksheetMigrations],
      postgres: [...postgresPeopleMigrations, ...postgresWorksheetMigrations],
    });
    series = new WorksheetSeriesStore(opened.sql);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a series reads back as created: its rule, tailored content and nothing created yet', async () => {
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Mine' }] }],
    };
    const created = await series.create(
      weekly('s1', {
        title: 'Evening diary',
        content,
        note: 'Before bed',
        rule: { everyDays: 1, until: '2026-01-20' },
        dueAfterDays: 2,
      }),
    );
    expect(created).toEqual({
      ...weekly('s1'),
      title: 'Evening diary',
      content,
      note: 'Before bed',
      rule: { everyDays: 1, until: '2026-01-20' },
      dueAfterDays: 2,
      lastIndex: 0,
      skippedIndexes: [],
      endedAt: null,
      endedReason: null,
    });
    expect(await series.get('s1')).toEqual(created);
    expect((await series.create(weekly('s2'))).rule).toEqual({ everyDays: 7, count: 4 });
    expect(await series.get('missing')).toBeUndefined();
  });

  test('the table holds the rules to what a repeating assignment may be', async () => {
    await expect(
      series.create(weekly('both', { rule: { everyDays: 7, count: 4, until: '2026-02-01' } })),
    ).rejects.toThrow();
    await expect(series.create(weekly('neither', { rule: { everyDays: 7 } }))).rejects.toThrow();
    await expect(series.create(weekly('too-often', { rule: { everyDays: 31, count: 4 } }))).rejects.toThrow();
    await expect(series.create(weekly('too-many', { rule: { everyDays: 7, count: 53 } }))).rejects.toThrow();
    expect(await series.listForClient('client-1')).toEqual([]);
  });

  test('occurrences move the series on and keep every skipped one; an earlier or equal one is refused', async () => {
    await series.create(weekly('s1'));
    await series.recordOccurrence('s1', 1, []);
    await series.recordOccurrence('s1', 4, [2, 3]);
    await expect(series.recordOccurrence('s1', 4, [])).rejects.toThrow(
      'Occurrence 4 of series s1 was already created.',
    );
    await expect(series.recordOccurrence('s1', 2, [])).rejects.toThrow('already created');
    await expect(series.recordOccurrence('missing', 1, [])).rejects.toThrow('already created');
    expect(await series.get('s1')).toMatchObject({ lastIndex: 4, skippedIndexes: [2, 3] });
  });

  test('a series and its occurrence written in a transaction that fails are not stored', async () => {
    await series.create(weekly('kept'));
    await expect(
      opened.sql.transaction(async (tx) => {
        await series.in(tx).create(weekly('gone'));
        await series.in(tx).recordOccurrence('gone', 1, []);
        await series.in(tx).recordOccurrence('kept', 3, [1, 2]);
        await series.in(tx).end('kept', 9_000, 'ended-by-therapist');
        throw new Error('audit failed');
      }),
    ).rejects.toThrow('audit failed');
    expect(await series.get('gone')).toBeUndefined();
    expect(await series.get('kept')).toMatchObject({ lastIndex: 0, skippedIndexes: [], endedAt: null });
  });

  test('the same occurrence recorded by two transactions at once is stored by exactly one', async () => {
    await series.create(weekly('s1'));
    await series.recordOccurrence('s1', 1, []);
    const runs = await Promise.allSettled(
      [[2], [3]].map((skipped) =>
        opened.sql.transaction((tx) => series.in(tx).recordOccurrence('s1', 4, skipped)),
      ),
    );
    expect(runs.map((run) => run.status).sort()).toEqual(['fulfilled', 'rejected']);
    const stored = await series.get('s1');
    expect(stored?.lastIndex).toBe(4);
    // Only the winner's skipped occurrence: the loser neither doubled nor replaced it.
    expect(stored?.skippedIndexes).toHaveLength(1);
  });

  test('the first ending stands; ended series are no longer running but stay listed for their client', async () => {
    await series.create(weekly('s1'));
    expect(await series.end('s1', 5_000, 'client-archived')).toBe(true);
    expect(await series.end('s1', 6_000, 'ended-by-therapist')).toBe(false);
    expect(await series.get('s1')).toMatchObject({ endedAt: 5_000, endedReason: 'client-archived' });
    expect(await series.end('missing', 5_000, 'ended-by-therapist')).toBe(false);
    expect(await series.listRunning()).toEqual([]);
    expect((await series.listForClient('client-1')).map((each) => each.id)).toEqual(['s1']);
  });

  test('lists run oldest first, ties by id, and a client sees only their own', async () => {
    await series.create(weekly('s-c', { createdAt: 2_000 }));
    await series.create(weekly('s-b', { createdAt: 1_000 }));
    await series.create(weekly('s-a', { createdAt: 1_000 }));
    await series.create(weekly('other', { createdAt: 500, clientId: 'client-2' }));
    await series.end('s-a', 3_000, 'ended-by-therapist');
    expect((await series.listRunning()).map((each) => each.id)).toEqual(['other', 's-b', 's-c']);
    expect((await series.listForClient('client-1')).map((each) => each.id)).toEqual(['s-a', 's-b', 's-c']);
    expect((await series.listForClient('client-2')).map((each) => each.id)).toEqual(['other']);
  });
});

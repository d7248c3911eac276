import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FlagAcknowledgementStore } from '../../src/progress/flag-acknowledgement-store.js';
import {
  flagAcknowledgementMigrations,
  postgresFlagAcknowledgementMigrations,
} from '../../src/progress/progress-migrations.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('FlagAcknowledgementStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let acknowledgements: FlagAcknowledgementStore;
  const acknowledge = (worksheetId: string, acknowledgedAt: number, note: string) =>
    acknowledgements.record({ worksheetId, therapistId: 'dana', flagRaisedAt: 500, acknowledgedAt, note });
  beforeEach(async () => {
    opened = await open({
      sqlite: flagAcknowledgementMigrations,
      postgres: postgresFlagAcknowledgementMigrations,
    });
    acknowledgements = FlagAcknowledgementStore.on(opened.sql);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test("the latest is the worksheet's most recent acknowledgement, the later written of two at one time", async () => {
    expect(await acknowledgements.latest('w1')).toBeUndefined();
    await acknowledge('w1', 1_000, 'called the client');
    const recorded = await acknowledge('w1', 2_000, 'first at 2000');
    expect(await acknowledgements.latest('w1')).toEqual(recorded);
    const tie = await acknowledge('w1', 2_000, 'second at 2000');
    await acknowledge('w2', 3_000, 'another worksheet');
    expect(await acknowledgements.latest('w1')).toEqual({
      id: tie.id,
      worksheetId: 'w1',
      therapistId: 'dana',
      flagRaisedAt: 500,
      acknowledgedAt: 2_000,
      note: 'second at 2000',
    });
  });

  test('one recorded in a transaction that fails is not kept', async () => {
    await expect(
      opened.sql.transaction(async (tx) => {
        await acknowledgements.in(tx).record({
          worksheetId: 'w1',
          therapistId: 'dana',
          flagRaisedAt: 500,
          acknowledgedAt: 1_000,
          note: 'rolled back',
        });
        throw new Error('audit failed');
      }),
    ).rejects.toThrow('audit failed');
    expect(await acknowledgements.latest('w1')).toBeUndefined();
  });

  test("deleting a worksheet's acknowledgements leaves the others'", async () => {
    await acknowledge('w1', 1_000, 'gone');
    const kept = await acknowledge('w2', 1_000, 'kept');
    await acknowledgements.deleteForWorksheet('w1');
    expect(await acknowledgements.latest('w1')).toBeUndefined();
    expect(await acknowledgements.latest('w2')).toEqual(kept);
  });
});

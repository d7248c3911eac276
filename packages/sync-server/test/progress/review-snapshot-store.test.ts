import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DerivedWorksheet } from '../../src/progress/derived-worksheet.js';
import {
  postgresReviewSnapshotMigrations,
  reviewSnapshotMigrations,
} from '../../src/progress/progress-migrations.js';
import { ReviewSnapshotStore } from '../../src/progress/review-snapshot-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

// The store keeps the derived worksheet as JSON and gives it back as it was; its shape is not its concern.
const derivedWith = (marker: string) =>
  ({ marker, responses: [{ id: 'a', value: 3 }] }) as unknown as DerivedWorksheet;

describe.each(sqlDialects)('ReviewSnapshotStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let snapshots: ReviewSnapshotStore;
  beforeEach(async () => {
    opened = await open({ sqlite: reviewSnapshotMigrations, postgres: postgresReviewSnapshotMigrations });
    snapshots = new ReviewSnapshotStore(opened.sql);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test("the latest is the worksheet's most recent review, its derived responses as kept", async () => {
    expect(await snapshots.latest('w1')).toBeUndefined();
    await snapshots.keep('w1', 2_000, derivedWith('second'));
    await snapshots.keep('w1', 1_000, derivedWith('first'));
    await snapshots.keep('w2', 3_000, derivedWith('other worksheet'));
    expect(await snapshots.latest('w1')).toEqual({ reviewedAt: 2_000, derived: derivedWith('second') });
  });

  test('a second review at the same time replaces the first', async () => {
    await snapshots.keep('w1', 1_000, derivedWith('before'));
    await snapshots.keep('w1', 1_000, derivedWith('after'));
    expect(await snapshots.latest('w1')).toEqual({ reviewedAt: 1_000, derived: derivedWith('after') });
    expect(await opened.sql.query('SELECT worksheet_id FROM review_snapshots')).toHaveLength(1);
  });

  test('one kept in a transaction that fails is not kept', async () => {
    await expect(
      opened.sql.transaction(async (tx) => {
        await snapshots.in(tx).keep('w1', 1_000, derivedWith('rolled back'));
        throw new Error('audit failed');
      }),
    ).rejects.toThrow('audit failed');
    expect(await snapshots.latest('w1')).toBeUndefined();
  });

  test("deleting a worksheet's snapshots leaves the others'", async () => {
    await snapshots.keep('w1', 1_000, derivedWith('gone'));
    await snapshots.keep('w2', 1_000, derivedWith('kept'));
    await snapshots.deleteForWorksheet('w1');
    expect(await snapshots.latest('w1')).toBeUndefined();
    expect(await snapshots.latest('w2')).toEqual({ reviewedAt: 1_000, derived: derivedWith('kept') });
  });
});

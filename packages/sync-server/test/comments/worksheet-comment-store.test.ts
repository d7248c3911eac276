import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { commentMigrations, postgresCommentMigrations } from '../../src/comments/comment-migrations.js';
import { type CommentRow, WorksheetCommentStore } from '../../src/comments/worksheet-comment-store.js';
import { measureMigrations } from '../../src/measures/measure-migrations.js';
import { peopleMigrations, postgresPeopleMigrations } from '../../src/people/people-migrations.js';
import {
  postgresWorksheetMigrations,
  worksheetMigrations,
} from '../../src/worksheets/worksheet-migrations.js';
import { WorksheetStore } from '../../src/worksheets/worksheet-store.js';
import { newPractice } from '../helpers/practice-people.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

type NewRow = Omit<CommentRow, 'storedAt'>;

describe.each(sqlDialects)('WorksheetCommentStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let comments: WorksheetCommentStore;
  let worksheets: WorksheetStore;
  let therapistId: string;
  let clientId: string;
  /** A comment by `authorId` starting its own thread. */
  let comment: (commentId: string, authorId: string, changes?: Partial<NewRow>) => NewRow;

  beforeEach(async () => {
    opened = await open({
      sqlite: [...peopleMigrations, ...measureMigrations, ...worksheetMigrations, ...commentMigrations],
      postgres: [...postgresPeopleMigrations, ...postgresWorksheetMigrations, ...postgresCommentMigrations],
    });
    comments = WorksheetCommentStore.on(opened.sql);
    worksheets = new WorksheetStore(opened.sql);
    const practice = await newPractice(opened.sql);
    const person = async (role: 'therapist' | 'client', email: string) =>
      (await practice.person(role, email)).id;
    therapistId = await person('therapist', 'dana@example.test');
    clientId = await person('client', 'eli@example.test');
    for (const id of ['w1', 'w2', 'w3']) {
      await worksheets.create({
        id,
        clientId,
        therapistId,
        title: 'Thought record',
        kind: 'worksheet',
        templateId: 'thought-record',
        templateVersion: 1,
        dueDate: null,
        note: null,
        assignedAt: 1_000,
        sentAt: 1_000,
        seriesId: null,
        seriesIndex: null,
      });
    }
    comment = (commentId, authorId, changes = {}) => ({
      commentId,
      threadId: commentId,
      authorId,
      createdAt: '2026-01-05T09:00:00.000Z',
      deletedAt: null,
      ...changes,
    });
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('rows keep their first arrival time; only the deletion changes later; listed by arrival', async () => {
    expect(await comments.upsert('w1', [comment('b', therapistId)], 2_000)).toBe(true);
    await comments.upsert('w1', [comment('a', clientId, { threadId: 'b' })], 3_000);
    const deletedAt = '2026-01-05T10:00:00.000Z';
    // The same comments arrive again (the listener reads a reloaded document whole): nothing moves but the deletion.
    await comments.upsert(
      'w1',
      [comment('b', therapistId), comment('a', clientId, { threadId: 'b', deletedAt })],
      9_000,
    );
    expect(await comments.list('w1')).toEqual([
      { ...comment('b', therapistId), storedAt: 2_000 },
      { ...comment('a', clientId, { threadId: 'b', deletedAt }), storedAt: 3_000 },
    ]);
    expect(await comments.list('w2')).toEqual([]);
  });

  test('a worksheet whose row is gone gets no rows', async () => {
    expect(await comments.upsert('deleted-meanwhile', [comment('a', clientId)], 1_000)).toBe(false);
    expect(await opened.sql.query('SELECT comment_id FROM worksheet_comments')).toEqual([]);
  });

  test("one upsert is one transaction: a row the database refuses leaves none of the batch's rows", async () => {
    const refused = comment('b', clientId, { createdAt: null as unknown as string });
    await expect(comments.upsert('w1', [comment('a', clientId), refused], 1_000)).rejects.toThrow();
    expect(await comments.list('w1')).toEqual([]);
  });

  test("inside a caller's transaction that fails, nothing is kept", async () => {
    await expect(
      opened.sql.transaction(async (tx) => {
        await comments.in(tx).upsert('w1', [comment('a', clientId)], 1_000);
        await comments.in(tx).markSeen('w1', therapistId, 1_000);
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await comments.list('w1')).toEqual([]);
    expect(await comments.newCommentsOn(therapistId, 'w1')).toBe(0);
  });

  test('new comments: by someone else, not deleted, stored after the seen mark; counted across worksheets', async () => {
    await comments.upsert('w1', [comment('t1', therapistId), comment('c1', clientId)], 1_000);
    await comments.upsert('w1', [comment('c2', clientId, { deletedAt: '2026-01-05T09:30:00.000Z' })], 1_500);
    await comments.upsert('w2', [comment('c3', clientId), comment('c4', clientId)], 2_000);
    expect(await comments.newCommentCounts(therapistId, ['w1', 'w2', 'w3'])).toEqual(
      new Map([
        ['w1', 1],
        ['w2', 2],
      ]),
    );
    expect(await comments.newCommentCounts(clientId, ['w1', 'w2'])).toEqual(new Map([['w1', 1]]));
    expect(await comments.newCommentCounts(therapistId, [])).toEqual(new Map());

    // Seen up to 2_000: only what is stored later is new again.
    await comments.markSeen('w2', therapistId, 2_000);
    expect(await comments.newCommentsOn(therapistId, 'w2')).toBe(0);
    await comments.upsert('w2', [comment('c5', clientId)], 2_001);
    expect(await comments.newCommentsOn(therapistId, 'w2')).toBe(1);
    // Only the one person's mark moved.
    expect(await comments.newCommentsOn(therapistId, 'w1')).toBe(1);
  });

  test('the seen mark never moves back', async () => {
    await comments.upsert('w1', [comment('c1', clientId)], 1_000);
    await comments.markSeen('w1', therapistId, 5_000);
    await comments.markSeen('w1', therapistId, 500);
    expect(await comments.newCommentsOn(therapistId, 'w1')).toBe(0);
    await comments.upsert('w1', [comment('c2', clientId)], 4_000);
    expect(await comments.newCommentsOn(therapistId, 'w1')).toBe(0);
  });

  test("deleting a worksheet deletes its rows and seen marks, and leaves the others'", async () => {
    await comments.upsert('w1', [comment('c1', clientId)], 1_000);
    await comments.upsert('w2', [comment('c2', clientId)], 1_000);
    await comments.markSeen('w1', therapistId, 2_000);
    await worksheets.delete('w1');
    expect(await comments.list('w1')).toEqual([]);
    expect(await opened.sql.query('SELECT user_id FROM worksheet_comments_seen')).toEqual([]);
    expect((await comments.list('w2')).map((row) => row.commentId)).toEqual(['c2']);
  });
});

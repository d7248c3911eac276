import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { noteMigrations, postgresNoteMigrations } from '../../src/notes/note-migrations.js';
import { PrivateNoteStore } from '../../src/notes/private-note-store.js';
import { type OpenedSqlDatabase, sqlDialects } from '../helpers/sql-dialects.js';

describe.each(sqlDialects)('PrivateNoteStore on $dialect', ({ open }) => {
  let opened: OpenedSqlDatabase;
  let now: number;
  let notes: PrivateNoteStore;
  beforeEach(async () => {
    opened = await open({ sqlite: noteMigrations, postgres: postgresNoteMigrations });
    now = 1_000_000;
    notes = new PrivateNoteStore(opened.sql, () => now);
  });
  afterEach(async () => {
    await opened.dispose();
  });

  test('a note reads back only for the therapist who wrote it', async () => {
    const note = await notes.add({
      therapistId: 'dana',
      clientId: 'cleo',
      worksheetId: null,
      body: 'Calmer today',
    });
    expect(await notes.getForTherapist(note.id, 'dana')).toEqual({
      id: note.id,
      therapistId: 'dana',
      clientId: 'cleo',
      worksheetId: null,
      body: 'Calmer today',
      createdAt: now,
      updatedAt: now,
    });
    expect(await notes.getForTherapist(note.id, 'eli')).toBeUndefined();
  });

  test("a client's notes list oldest first, same-millisecond notes in the order written, filtered by worksheet", async () => {
    const first = await notes.add({ therapistId: 'dana', clientId: 'cleo', worksheetId: 'w1', body: 'one' });
    const second = await notes.add({ therapistId: 'dana', clientId: 'cleo', worksheetId: null, body: 'two' });
    const third = await notes.add({
      therapistId: 'dana',
      clientId: 'cleo',
      worksheetId: 'w1',
      body: 'three',
    });
    now -= 10;
    const earliest = await notes.add({
      therapistId: 'dana',
      clientId: 'cleo',
      worksheetId: 'w2',
      body: 'zero',
    });
    await notes.add({ therapistId: 'eli', clientId: 'cleo', worksheetId: 'w1', body: "eli's" });
    await notes.add({ therapistId: 'dana', clientId: 'max', worksheetId: 'w1', body: "max's" });
    const ids = (list: { id: string }[]) => list.map((note) => note.id);
    expect(ids(await notes.listForClient('cleo', 'dana'))).toEqual([
      earliest.id,
      first.id,
      second.id,
      third.id,
    ]);
    expect(ids(await notes.listForClient('cleo', 'dana', 'w1'))).toEqual([first.id, third.id]);
  });

  test('an edit changes the body and the update time, not the creation time', async () => {
    const note = await notes.add({ therapistId: 'dana', clientId: 'cleo', worksheetId: null, body: 'draft' });
    now += 5_000;
    expect(await notes.update(note.id, 'final')).toMatchObject({
      body: 'final',
      createdAt: 1_000_000,
      updatedAt: 1_005_000,
    });
  });

  test("deleting a note, or a worksheet's notes, leaves the others", async () => {
    const kept = await notes.add({ therapistId: 'dana', clientId: 'cleo', worksheetId: 'w2', body: 'kept' });
    const gone = await notes.add({ therapistId: 'dana', clientId: 'cleo', worksheetId: null, body: 'gone' });
    await notes.add({ therapistId: 'dana', clientId: 'cleo', worksheetId: 'w1', body: 'about w1' });
    await notes.add({ therapistId: 'dana', clientId: 'cleo', worksheetId: 'w1', body: 'also about w1' });
    await notes.delete(gone.id);
    await notes.deleteForWorksheet('w1');
    expect((await notes.listForClient('cleo', 'dana')).map((note) => note.id)).toEqual([kept.id]);
  });
});

import type { SqliteDatabase } from '../database/open-database.js';
import { newId } from '../people/new-id.js';

/** A therapist's private note about a client, or about one of the client's worksheets. */
export interface PrivateNote {
  id: string;
  therapistId: string;
  clientId: string;
  worksheetId: string | null;
  body: string;
  createdAt: number;
  updatedAt: number;
}

interface NoteRow {
  id: string;
  therapist_id: string;
  client_id: string;
  worksheet_id: string | null;
  body: string;
  created_at: number;
  updated_at: number;
}

const toNote = (row: NoteRow): PrivateNote => ({
  id: row.id,
  therapistId: row.therapist_id,
  clientId: row.client_id,
  worksheetId: row.worksheet_id,
  body: row.body,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** Private notes, read and written only through therapist routes (docs/progress.md, rule P3). */
export class PrivateNoteStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
  ) {}

  add(input: {
    therapistId: string;
    clientId: string;
    worksheetId: string | null;
    body: string;
  }): PrivateNote {
    const at = this.now();
    const note: PrivateNote = { id: newId(), ...input, createdAt: at, updatedAt: at };
    this.db
      .prepare(
        `INSERT INTO private_notes (id, therapist_id, client_id, worksheet_id, body, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(note.id, note.therapistId, note.clientId, note.worksheetId, note.body, at, at);
    return note;
  }

  /** The note if it is this therapist's; undefined otherwise (someone else's note is a missing one). */
  getForTherapist(id: string, therapistId: string): PrivateNote | undefined {
    const row = this.db
      .prepare('SELECT * FROM private_notes WHERE id = ? AND therapist_id = ?')
      .get(id, therapistId) as NoteRow | undefined;
    return row && toNote(row);
  }

  /** A client's notes, oldest first; with `worksheetId`, only those about that worksheet. */
  listForClient(clientId: string, therapistId: string, worksheetId?: string): PrivateNote[] {
    const rows = (
      worksheetId === undefined
        ? this.db
            .prepare(
              'SELECT * FROM private_notes WHERE client_id = ? AND therapist_id = ? ORDER BY created_at, rowid',
            )
            .all(clientId, therapistId)
        : this.db
            .prepare(
              `SELECT * FROM private_notes WHERE client_id = ? AND therapist_id = ? AND worksheet_id = ?
               ORDER BY created_at, rowid`,
            )
            .all(clientId, therapistId, worksheetId)
    ) as NoteRow[];
    return rows.map(toNote);
  }

  update(id: string, body: string): PrivateNote {
    this.db
      .prepare('UPDATE private_notes SET body = ?, updated_at = ? WHERE id = ?')
      .run(body, this.now(), id);
    return toNote(this.db.prepare('SELECT * FROM private_notes WHERE id = ?').get(id) as NoteRow);
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM private_notes WHERE id = ?').run(id);
  }

  /** A deleted worksheet's notes go with it. */
  deleteForWorksheet(worksheetId: string): void {
    this.db.prepare('DELETE FROM private_notes WHERE worksheet_id = ?').run(worksheetId);
  }
}

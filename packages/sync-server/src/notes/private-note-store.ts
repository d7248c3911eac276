import type { SqlDatabase } from '../database/sql-database.js';
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
    private readonly sql: SqlDatabase,
    private readonly now: () => number,
  ) {}

  /** Ties between notes written in the same millisecond go by insertion order: rowid on SQLite, seq on Postgres. */
  private get insertionOrder(): string {
    return this.sql.dialect === 'sqlite' ? 'rowid' : 'seq';
  }

  async add(input: {
    therapistId: string;
    clientId: string;
    worksheetId: string | null;
    body: string;
  }): Promise<PrivateNote> {
    const at = this.now();
    const note: PrivateNote = { id: newId(), ...input, createdAt: at, updatedAt: at };
    await this.sql.run(
      `INSERT INTO private_notes (id, therapist_id, client_id, worksheet_id, body, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [note.id, note.therapistId, note.clientId, note.worksheetId, note.body, at, at],
    );
    return note;
  }

  /** The note if it is this therapist's; undefined otherwise (someone else's note is a missing one). */
  async getForTherapist(id: string, therapistId: string): Promise<PrivateNote | undefined> {
    const row = await this.sql.one<NoteRow>('SELECT * FROM private_notes WHERE id = ? AND therapist_id = ?', [
      id,
      therapistId,
    ]);
    return row && toNote(row);
  }

  /** A client's notes, oldest first; with `worksheetId`, only those about that worksheet. */
  async listForClient(clientId: string, therapistId: string, worksheetId?: string): Promise<PrivateNote[]> {
    const rows =
      worksheetId === undefined
        ? await this.sql.query<NoteRow>(
            `SELECT * FROM private_notes WHERE client_id = ? AND therapist_id = ?
             ORDER BY created_at, ${this.insertionOrder}`,
            [clientId, therapistId],
          )
        : await this.sql.query<NoteRow>(
            `SELECT * FROM private_notes WHERE client_id = ? AND therapist_id = ? AND worksheet_id = ?
             ORDER BY created_at, ${this.insertionOrder}`,
            [clientId, therapistId, worksheetId],
          );
    return rows.map(toNote);
  }

  async update(id: string, body: string): Promise<PrivateNote> {
    await this.sql.run('UPDATE private_notes SET body = ?, updated_at = ? WHERE id = ?', [
      body,
      this.now(),
      id,
    ]);
    return toNote((await this.sql.one<NoteRow>('SELECT * FROM private_notes WHERE id = ?', [id])) as NoteRow);
  }

  async delete(id: string): Promise<void> {
    await this.sql.run('DELETE FROM private_notes WHERE id = ?', [id]);
  }

  /** A deleted worksheet's notes go with it. */
  async deleteForWorksheet(worksheetId: string): Promise<void> {
    await this.sql.run('DELETE FROM private_notes WHERE worksheet_id = ?', [worksheetId]);
  }
}

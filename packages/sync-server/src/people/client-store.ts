import type { SqliteDatabase } from '../database/open-database.js';
import type { ClientAccess, ClientRecord, ClientStatus } from './people-types.js';

interface ClientRow {
  user_id: string;
  therapist_id: string;
  practice_id: string;
  email: string;
  display_name: string;
  status: ClientStatus;
  access: ClientAccess;
  archived_at: number | null;
}

const selectClients = `
  SELECT c.user_id, c.therapist_id, u.practice_id, u.email, u.display_name, c.status, c.access, c.archived_at
  FROM clients c JOIN users u ON u.id = c.user_id`;

/** The therapist–client relationship: who a client belongs to and how much access they still have. */
export class ClientStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
  ) {}

  create(userId: string, therapistId: string): void {
    this.db
      .prepare("INSERT INTO clients (user_id, therapist_id, status, access) VALUES (?, ?, 'invited', 'full')")
      .run(userId, therapistId);
  }

  get(userId: string): ClientRecord | undefined {
    return toClient(
      this.db.prepare(`${selectClients} WHERE c.user_id = ?`).get(userId) as ClientRow | undefined,
    );
  }

  /** A client as their therapist sees them; someone else's client is reported as missing. */
  getForTherapist(userId: string, therapistId: string): ClientRecord | undefined {
    return toClient(
      this.db
        .prepare(`${selectClients} WHERE c.user_id = ? AND c.therapist_id = ?`)
        .get(userId, therapistId) as ClientRow | undefined,
    );
  }

  listForTherapist(therapistId: string): ClientRecord[] {
    const rows = this.db
      .prepare(`${selectClients} WHERE c.therapist_id = ? ORDER BY u.display_name COLLATE NOCASE`)
      .all(therapistId) as ClientRow[];
    return rows.map((row) => toClient(row)!);
  }

  markActive(userId: string): void {
    this.db
      .prepare("UPDATE clients SET status = 'active' WHERE user_id = ? AND status = 'invited'")
      .run(userId);
  }

  archive(userId: string, access: 'read-only' | 'none'): void {
    this.db
      .prepare("UPDATE clients SET status = 'archived', access = ?, archived_at = ? WHERE user_id = ?")
      .run(access, this.now(), userId);
  }
}

function toClient(row: ClientRow | undefined): ClientRecord | undefined {
  if (!row) return undefined;
  return {
    userId: row.user_id,
    therapistId: row.therapist_id,
    practiceId: row.practice_id,
    email: row.email,
    displayName: row.display_name,
    status: row.status,
    access: row.access,
    archivedAt: row.archived_at,
  };
}

import type { SqlExecutor } from '../database/sql-database.js';
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

/**
 * The therapist–client relationship: who a client belongs to and how much access they still have.
 * On the SQL port; `in(tx)` is the same store inside a transaction.
 */
export class ClientStore {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly now: () => number,
  ) {}

  in(tx: SqlExecutor): ClientStore {
    return new ClientStore(tx, this.now);
  }

  async create(userId: string, therapistId: string): Promise<void> {
    await this.sql.run(
      "INSERT INTO clients (user_id, therapist_id, status, access) VALUES (?, ?, 'invited', 'full')",
      [userId, therapistId],
    );
  }

  async get(userId: string): Promise<ClientRecord | undefined> {
    return toClient(await this.sql.one<ClientRow>(`${selectClients} WHERE c.user_id = ?`, [userId]));
  }

  /** A client as their therapist sees them; someone else's client is reported as missing. */
  async getForTherapist(userId: string, therapistId: string): Promise<ClientRecord | undefined> {
    return toClient(
      await this.sql.one<ClientRow>(`${selectClients} WHERE c.user_id = ? AND c.therapist_id = ?`, [
        userId,
        therapistId,
      ]),
    );
  }

  /** By name, ignoring case (ASCII, as SQLite's NOCASE did), then id so the order is stable. */
  async listForTherapist(therapistId: string): Promise<ClientRecord[]> {
    const rows = await this.sql.query<ClientRow>(
      `${selectClients} WHERE c.therapist_id = ? ORDER BY LOWER(u.display_name), c.user_id`,
      [therapistId],
    );
    return rows.map((row) => toClient(row)!);
  }

  async markActive(userId: string): Promise<void> {
    await this.sql.run("UPDATE clients SET status = 'active' WHERE user_id = ? AND status = 'invited'", [
      userId,
    ]);
  }

  async archive(userId: string, access: 'read-only' | 'none'): Promise<void> {
    await this.sql.run(
      "UPDATE clients SET status = 'archived', access = ?, archived_at = ? WHERE user_id = ?",
      [access, this.now(), userId],
    );
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

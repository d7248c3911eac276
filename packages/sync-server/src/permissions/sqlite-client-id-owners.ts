import type { Migration, SqliteDatabase } from '../database/open-database.js';
import type { ClientIdOwners } from '../relay/client-id-owners.js';

/** Which user first wrote with each Yjs client id in a worksheet (docs/relay.md R24). */
export const clientIdMigrations: readonly Migration[] = [
  {
    id: 'client-ids-001-owners',
    up(db) {
      db.exec(`
        CREATE TABLE worksheet_client_ids (
          worksheet_id TEXT NOT NULL,
          client_id INTEGER NOT NULL,
          user_id TEXT NOT NULL,
          PRIMARY KEY (worksheet_id, client_id)
        ) WITHOUT ROWID;
      `);
    },
  },
];

/** ClientIdOwners in the server's SQLite database; synchronous, so a claim is settled before the next frame. */
export class SqliteClientIdOwners implements ClientIdOwners {
  private readonly owner;
  private readonly insert;
  private readonly claimAll;

  constructor(db: SqliteDatabase) {
    this.owner = db.prepare<[string, number], { user_id: string }>(
      'SELECT user_id FROM worksheet_client_ids WHERE worksheet_id = ? AND client_id = ?',
    );
    this.insert = db.prepare<[string, number, string]>(
      'INSERT OR IGNORE INTO worksheet_client_ids (worksheet_id, client_id, user_id) VALUES (?, ?, ?)',
    );
    this.claimAll = db.transaction((worksheetId: string, userId: string, clientIds: readonly number[]) => {
      for (const clientId of clientIds) {
        const owner = this.owner.get(worksheetId, clientId)?.user_id;
        if (owner !== undefined && owner !== userId) return { clientId, owner };
      }
      for (const clientId of clientIds) this.insert.run(worksheetId, clientId, userId);
      return null;
    });
  }

  claim(worksheetId: string, userId: string, clientIds: readonly number[]) {
    if (clientIds.length === 0) return null;
    return this.claimAll(worksheetId, userId, clientIds);
  }
}

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

/** How many owners the cache keeps before it starts afresh (each entry is a few dozen bytes). */
const CACHED_OWNERS = 100_000;

/**
 * ClientIdOwners in the server's SQLite database; synchronous, so a claim is settled before the next frame.
 * Owners never change, so they are cached: only a client id's first write in a worksheet costs a write
 * transaction, and a typist's later updates cost a map lookup (group commit, R6, stays one fsync per batch).
 */
export class SqliteClientIdOwners implements ClientIdOwners {
  private readonly owner;
  private readonly insert;
  private readonly claimAll;
  private readonly owners = new Map<string, string>();

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
    const unknown: number[] = [];
    for (const clientId of clientIds) {
      const owner = this.owners.get(`${worksheetId}:${clientId}`);
      if (owner === undefined) unknown.push(clientId);
      else if (owner !== userId) return { clientId, owner };
    }
    if (unknown.length === 0) return null;
    const taken = this.claimAll(worksheetId, userId, unknown);
    if (this.owners.size > CACHED_OWNERS) this.owners.clear();
    if (taken) this.owners.set(`${worksheetId}:${taken.clientId}`, taken.owner);
    else for (const clientId of unknown) this.owners.set(`${worksheetId}:${clientId}`, userId);
    return taken;
  }
}

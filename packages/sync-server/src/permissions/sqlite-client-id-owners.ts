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
 * ClientIdOwners in the server's SQLite database. A claim is decided at once, from a cache of owners (they never
 * change) or a read, so it is settled before the next frame; its row is written later, by `saveClaims`, which
 * the document store runs inside the transaction that stores the claiming update (server.ts): a typist's first
 * update then costs no fsync of its own on the event loop, and the claim is durable exactly when the update is.
 */
export class SqliteClientIdOwners implements ClientIdOwners {
  private readonly owner;
  private readonly insert;
  private readonly owners = new Map<string, string>();
  private unsaved: Array<{ worksheetId: string; clientId: number; userId: string }> = [];

  constructor(private readonly db: SqliteDatabase) {
    this.owner = db.prepare<[string, number], { user_id: string }>(
      'SELECT user_id FROM worksheet_client_ids WHERE worksheet_id = ? AND client_id = ?',
    );
    this.insert = db.prepare<[string, number, string]>(
      'INSERT OR IGNORE INTO worksheet_client_ids (worksheet_id, client_id, user_id) VALUES (?, ?, ?)',
    );
  }

  claim(worksheetId: string, userId: string, clientIds: readonly number[]) {
    const unknown: number[] = [];
    for (const clientId of clientIds) {
      const key = `${worksheetId}:${clientId}`;
      let owner = this.owners.get(key);
      if (owner === undefined) {
        owner = this.owner.get(worksheetId, clientId)?.user_id;
        if (owner !== undefined) this.owners.set(key, owner);
      }
      if (owner === undefined) unknown.push(clientId);
      else if (owner !== userId) return { clientId, owner };
    }
    for (const clientId of unknown) {
      this.owners.set(`${worksheetId}:${clientId}`, userId);
      this.unsaved.push({ worksheetId, clientId, userId });
    }
    return null;
  }

  saveClaims(): void {
    if (this.unsaved.length === 0) return;
    const claims = this.unsaved;
    this.unsaved = [];
    // Nested in the caller's transaction when there is one (a savepoint), else a transaction of its own.
    this.db.transaction(() => {
      for (const { worksheetId, clientId, userId } of claims) this.insert.run(worksheetId, clientId, userId);
    })();
    // Only saved owners may be forgotten: an unsaved one is in no table yet.
    if (this.unsaved.length === 0 && this.owners.size > CACHED_OWNERS) this.owners.clear();
  }

  /** The transaction is on this same connection, so the pending claims join it as `saveClaims` writes them. */
  async saveClaimsIn(): Promise<void> {
    this.saveClaims();
  }

  forgetCachedClaims(): void {
    this.owners.clear();
  }
}

import * as Y from 'yjs';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';
import type { SqlExecutor } from '../database/sql-database.js';
import type { ClientIdOwners } from '../relay/client-id-owners.js';
import type { DocumentWrite } from '../storage/document-store.js';

/** The same table as `clientIdMigrations` on Postgres; a Yjs client id is an unsigned 32-bit number. */
export const postgresClientIdMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'client-ids-001-owners',
    `
    CREATE TABLE worksheet_client_ids (
      worksheet_id TEXT NOT NULL,
      client_id BIGINT NOT NULL,
      user_id TEXT NOT NULL,
      PRIMARY KEY (worksheet_id, client_id)
    );
    `,
  ),
];

/** How many owners the cache keeps, over all worksheets, before it lets the least recently loaded go. */
const CACHED_OWNERS = 100_000;

/** A write's claim to one client id: batches save them sorted, so two instances lock keys in one order. */
interface Claim {
  worksheetId: string;
  clientId: number;
  userId: string;
}

interface CachedWorksheet {
  owners: Map<number, string>;
  /** Owners read from the table: committed, so final. The others are this instance's claims in flight. */
  stored: Set<number>;
}

/** A batch claimed a client id that belongs to another user: the batch must fail (docs/relay.md R24). */
export class ClientIdTakenError extends Error {
  override name = 'ClientIdTakenError';
}

/**
 * ClientIdOwners on Postgres, shared by every server instance. The driver is asynchronous and a claim is
 * not, so `prepare` reads a worksheet's owners into a cache as its room loads, and `claim` decides from that
 * cache at once (an id it does not know is new: claimed provisionally). The claim becomes durable in the
 * batch that stores its update: `saveClaimsIn` inserts the client ids each write names for its sender and
 * reads back who owns them, in the batch's transaction; an id another user owns (claimed on another instance
 * meanwhile: claims do not travel over the room bus) fails the whole batch, so no update written under
 * someone else's id is ever stored, whatever the cache said. Claims are saved from the writes themselves,
 * never from a list of pending claims, so a claim lands exactly with its update.
 */
export class PostgresClientIdOwners implements ClientIdOwners {
  /** In the order loaded, least recent first: what goes when the cache is full. */
  private readonly worksheets = new Map<string, CachedWorksheet>();
  private cachedOwners = 0;

  constructor(
    private readonly db: SqlExecutor,
    private readonly maxCachedOwners = CACHED_OWNERS,
  ) {}

  async prepare(worksheetId: string): Promise<void> {
    const rows = await this.db.query<{ client_id: number; user_id: string }>(
      'SELECT client_id, user_id FROM worksheet_client_ids WHERE worksheet_id = ?',
      [worksheetId],
    );
    const cached = this.worksheets.get(worksheetId) ?? { owners: new Map(), stored: new Set() };
    // Most recently loaded last.
    this.worksheets.delete(worksheetId);
    this.worksheets.set(worksheetId, cached);
    for (const row of rows) this.remember(cached, row.client_id, row.user_id, true);
    this.keepWithinBound(worksheetId);
  }

  release(worksheetId: string): void {
    const cached = this.worksheets.get(worksheetId);
    if (!cached) return;
    this.cachedOwners -= cached.owners.size;
    this.worksheets.delete(worksheetId);
  }

  /** Is a worksheet's cache held (for tests of the bound and of unloading). */
  isCached(worksheetId: string): boolean {
    return this.worksheets.has(worksheetId);
  }

  claim(worksheetId: string, userId: string, clientIds: readonly number[]) {
    if (clientIds.length === 0) return null;
    let cached = this.worksheets.get(worksheetId);
    for (const clientId of clientIds) {
      const owner = cached?.owners.get(clientId);
      if (owner !== undefined && owner !== userId) return { clientId, owner };
    }
    if (!cached) {
      cached = { owners: new Map(), stored: new Set() };
      this.worksheets.set(worksheetId, cached);
    }
    for (const clientId of clientIds) {
      if (!cached.owners.has(clientId)) this.remember(cached, clientId, userId, false);
    }
    this.keepWithinBound(worksheetId);
    return null;
  }

  /** Nothing waits outside a batch: every claim is saved from the write that carries it. */
  saveClaims(): void {}

  async saveClaimsIn(tx: SqlExecutor, writes: readonly DocumentWrite[]): Promise<void> {
    const claims = this.claimsToSave(writes);
    if (claims.length === 0) return;
    const worksheetIds = claims.map((claim) => claim.worksheetId);
    const clientIds = claims.map((claim) => claim.clientId);
    const inserted = await tx.query<{ worksheet_id: string; client_id: number }>(
      `INSERT INTO worksheet_client_ids (worksheet_id, client_id, user_id)
       SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[])
       ON CONFLICT DO NOTHING RETURNING worksheet_id, client_id`,
      [worksheetIds, clientIds, claims.map((claim) => claim.userId)],
    );
    // A new statement sees what other transactions committed while the insert waited on their rows.
    const owners = await tx.query<{ worksheet_id: string; client_id: number; user_id: string }>(
      `SELECT worksheet_id, client_id, user_id FROM worksheet_client_ids
        WHERE (worksheet_id, client_id) IN (SELECT * FROM unnest(?::text[], ?::bigint[]))`,
      [worksheetIds, clientIds],
    );
    const insertedHere = new Set(inserted.map((row) => claimKey(row.worksheet_id, row.client_id)));
    const ownerOf = new Map<string, string>();
    for (const row of owners) {
      const key = claimKey(row.worksheet_id, row.client_id);
      ownerOf.set(key, row.user_id);
      // Rows this transaction did not insert are committed: final, whatever becomes of this batch.
      const cached = this.worksheets.get(row.worksheet_id);
      if (cached && !insertedHere.has(key)) this.remember(cached, row.client_id, row.user_id, true);
    }
    const taken = claims.find(
      (claim) => ownerOf.get(claimKey(claim.worksheetId, claim.clientId)) !== claim.userId,
    );
    if (taken) {
      throw new ClientIdTakenError(
        `Client id ${taken.clientId} of worksheet ${taken.worksheetId} belongs to another user than ${taken.userId}`,
      );
    }
  }

  /**
   * A batch failed: the claims it carried are not in the table, so provisional owners go (the next claim
   * of such an id is made afresh and saved with its own update). Owners read from the table stay.
   */
  forgetCachedClaims(): void {
    for (const cached of this.worksheets.values()) {
      for (const clientId of cached.owners.keys()) {
        if (cached.stored.has(clientId)) continue;
        cached.owners.delete(clientId);
        this.cachedOwners -= 1;
      }
    }
  }

  /**
   * The claims a batch's writes make, one per worksheet and client id, sorted. Ids known to be stored for
   * the same user need no statement; one stored for another user fails the batch at once.
   */
  private claimsToSave(writes: readonly DocumentWrite[]): Claim[] {
    const claims = new Map<string, Claim>();
    for (const { documentId: worksheetId, update, provenance, newClientIds } of writes) {
      const userId = provenance.userId;
      // The server's own writes (seeds, migrations) carry no ids: all of an own write's ids are its author's.
      const clientIds = newClientIds ?? [...Y.parseUpdateMeta(update).to.keys()];
      const cached = this.worksheets.get(worksheetId);
      for (const clientId of clientIds) {
        const key = claimKey(worksheetId, clientId);
        const known = claims.get(key);
        if (known && known.userId !== userId) {
          throw new ClientIdTakenError(`Client id ${clientId} of worksheet ${worksheetId} is claimed twice`);
        }
        if (cached?.stored.has(clientId)) {
          if (cached.owners.get(clientId) === userId) continue;
          throw new ClientIdTakenError(
            `Client id ${clientId} of worksheet ${worksheetId} belongs to another user`,
          );
        }
        claims.set(key, { worksheetId, clientId, userId });
      }
    }
    return [...claims.values()].sort(
      (a, b) => compare(a.worksheetId, b.worksheetId) || a.clientId - b.clientId,
    );
  }

  private remember(cached: CachedWorksheet, clientId: number, userId: string, stored: boolean): void {
    if (!cached.owners.has(clientId)) this.cachedOwners += 1;
    cached.owners.set(clientId, userId);
    if (stored) cached.stored.add(clientId);
  }

  /**
   * Lets the least recently loaded worksheets go (never `keep`). Safe at any time: a claim in a worksheet
   * no longer cached is provisional and still checked against the table in its batch; only the early 4403
   * for someone else's id becomes a failed batch (1011), after which the owner read back is cached again.
   */
  private keepWithinBound(keep: string): void {
    for (const [worksheetId, cached] of this.worksheets) {
      if (this.cachedOwners <= this.maxCachedOwners) return;
      if (worksheetId === keep) continue;
      this.cachedOwners -= cached.owners.size;
      this.worksheets.delete(worksheetId);
    }
  }
}

function claimKey(worksheetId: string, clientId: number): string {
  return `${worksheetId}:${clientId}`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

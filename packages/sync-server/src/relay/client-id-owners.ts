import type { SqlExecutor } from '../database/sql-database.js';
import type { DocumentWrite } from '../storage/document-store.js';

/** The user the server's own repairs are written as (docs/relay.md R23, R24). */
export const SYSTEM_WRITER = 'system';

/**
 * Who wrote first with each Yjs client id in a worksheet (docs/relay.md R24). A client id belongs to the
 * user who first wrote with it; the server's repair ids belong to `SYSTEM_WRITER`.
 */
export interface ClientIdOwners {
  /**
   * Reads the worksheet's owners before anyone claims in it, where `claim` cannot read them itself
   * (Postgres: `claim` is synchronous and the driver is not). The relay's room awaits it while loading, the
   * server's own writes before claiming; a rejection is a failed load. Absent where `claim` reads as it goes.
   */
  prepare?(worksheetId: string): Promise<void>;
  /** The worksheet's room unloaded: its cached owners may go. */
  release?(worksheetId: string): void;
  /**
   * Claims the client ids for `userId` in the worksheet, unless one of them already belongs to someone
   * else: then nothing is claimed and that id and its owner are returned. Decided at once, before the
   * next frame is read.
   */
  claim(
    worksheetId: string,
    userId: string,
    clientIds: readonly number[],
  ): { clientId: number; owner: string } | null;
  /**
   * Makes the claims so far durable, for writers outside a document store batch. The relay's claims are
   * saved by the document store inside the batch that stores their updates (no write of their own).
   */
  saveClaims(): void;
  /**
   * Makes the claims of `writes` durable inside the caller's transaction `tx` (a batch's, or the one that
   * creates a document), awaiting only `tx`'s statements. Rejects, so that the transaction rolls back, when
   * one of those ids turns out to belong to another user.
   */
  saveClaimsIn(tx: SqlExecutor, writes: readonly DocumentWrite[]): Promise<void>;
  /** A batch failed: claims it carried may not be saved, so later claims must not trust what is cached. */
  forgetCachedClaims(): void;
}

/** Client ids kept in memory: the relay's default, for tests and benchmarks. */
export class MemoryClientIdOwners implements ClientIdOwners {
  private readonly owners = new Map<string, string>();

  claim(worksheetId: string, userId: string, clientIds: readonly number[]) {
    for (const clientId of clientIds) {
      const owner = this.owners.get(`${worksheetId}:${clientId}`);
      if (owner !== undefined && owner !== userId) return { clientId, owner };
    }
    for (const clientId of clientIds) this.owners.set(`${worksheetId}:${clientId}`, userId);
    return null;
  }

  saveClaims(): void {}

  async saveClaimsIn(): Promise<void> {}

  forgetCachedClaims(): void {}
}

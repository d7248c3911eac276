/** The user the server's own repairs are written as (docs/relay.md R23, R24). */
export const SYSTEM_WRITER = 'system';

/**
 * Who wrote first with each Yjs client id in a worksheet (docs/relay.md R24). A client id belongs to the
 * user who first wrote with it; the server's repair ids belong to `SYSTEM_WRITER`.
 */
export interface ClientIdOwners {
  /**
   * Claims the client ids for `userId` in the worksheet, unless one of them already belongs to someone
   * else: then nothing is claimed and that id and its owner are returned.
   */
  claim(
    worksheetId: string,
    userId: string,
    clientIds: readonly number[],
  ): { clientId: number; owner: string } | null;
  /**
   * Makes the claims so far durable. The relay's claims are saved by the document store inside the batch
   * that stores their updates (no write of their own); other writers call this after claiming.
   */
  saveClaims(): void;
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

  forgetCachedClaims(): void {}
}

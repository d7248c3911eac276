import type { SqlDatabase, SqlExecutor } from '../database/sql-database.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

export type LinkPurpose = 'invitation' | 'password-reset';

const DAY = 24 * 60 * 60 * 1000;
export const linkLifetimeMs: Record<LinkPurpose, number> = {
  invitation: 7 * DAY,
  'password-reset': 1 * DAY,
};

interface LinkRow {
  token_hash: string;
  purpose: LinkPurpose;
  user_id: string;
  expires_at: number;
  used_at: number | null;
  revoked_at: number | null;
}

/** What looking up a link finds: usable, or why not. */
export type LinkLookup =
  | { state: 'valid'; userId: string; tokenHash: string }
  | { state: 'missing' }
  | { state: 'expired'; userId: string }
  | { state: 'used'; userId: string };

/**
 * Single-use, expiring links (invitations and password resets). Only the token's hash is stored.
 * On the SQL port; `in(tx)` is the same store inside a caller's transaction.
 */
export class OneTimeLinkStore {
  private constructor(
    private readonly sql: SqlExecutor,
    /** One transaction for a multi-statement write: the database's own, or the caller's `tx`. */
    private readonly atomically: <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>,
    private readonly now: () => number,
  ) {}

  static on(sql: SqlDatabase, now: () => number): OneTimeLinkStore {
    return new OneTimeLinkStore(sql, (work) => sql.transaction(work), now);
  }

  in(tx: SqlExecutor): OneTimeLinkStore {
    return new OneTimeLinkStore(tx, (work) => work(tx), this.now);
  }

  /** Issues a new link; any earlier unused link with the same purpose for the user stops working. */
  async issue(purpose: LinkPurpose, userId: string): Promise<{ token: string; expiresAt: number }> {
    const token = newSecretToken();
    const now = this.now();
    const expiresAt = now + linkLifetimeMs[purpose];
    await this.atomically(async (tx) => {
      await tx.run(
        'UPDATE one_time_links SET revoked_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL AND revoked_at IS NULL',
        [now, userId, purpose],
      );
      await tx.run(
        'INSERT INTO one_time_links (token_hash, purpose, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        [hashSecretToken(token), purpose, userId, now, expiresAt],
      );
    });
    return { token, expiresAt };
  }

  async lookup(purpose: LinkPurpose, token: string): Promise<LinkLookup> {
    const tokenHash = hashSecretToken(token);
    const row = await this.sql.one<LinkRow>(
      `SELECT token_hash, purpose, user_id, expires_at, used_at, revoked_at
         FROM one_time_links WHERE token_hash = ? AND purpose = ?`,
      [tokenHash, purpose],
    );
    if (!row) return { state: 'missing' };
    if (row.used_at !== null) return { state: 'used', userId: row.user_id };
    // A replaced link counts as expired: the person should ask for the newer one.
    if (row.revoked_at !== null || this.now() >= row.expires_at)
      return { state: 'expired', userId: row.user_id };
    return { state: 'valid', userId: row.user_id, tokenHash };
  }

  /** Marks a link used; false when someone else used it first (two tabs racing). */
  async consume(tokenHash: string): Promise<boolean> {
    const result = await this.sql.run(
      'UPDATE one_time_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL',
      [this.now(), tokenHash],
    );
    return result.changes === 1;
  }

  async revokeAllForUser(userId: string): Promise<void> {
    await this.sql.run(
      'UPDATE one_time_links SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL',
      [this.now(), userId],
    );
  }
}

import type { SqliteDatabase } from '../database/open-database.js';
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

/** Single-use, expiring links (invitations and password resets). Only the token's hash is stored. */
export class OneTimeLinkStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
  ) {}

  /** Issues a new link; any earlier unused link with the same purpose for the user stops working. */
  issue(purpose: LinkPurpose, userId: string): { token: string; expiresAt: number } {
    const token = newSecretToken();
    const now = this.now();
    const expiresAt = now + linkLifetimeMs[purpose];
    this.db.transaction(() => {
      this.db
        .prepare(
          'UPDATE one_time_links SET revoked_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL AND revoked_at IS NULL',
        )
        .run(now, userId, purpose);
      this.db
        .prepare(
          'INSERT INTO one_time_links (token_hash, purpose, user_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(hashSecretToken(token), purpose, userId, now, expiresAt);
    })();
    return { token, expiresAt };
  }

  lookup(purpose: LinkPurpose, token: string): LinkLookup {
    const tokenHash = hashSecretToken(token);
    const row = this.db
      .prepare('SELECT * FROM one_time_links WHERE token_hash = ? AND purpose = ?')
      .get(tokenHash, purpose) as LinkRow | undefined;
    if (!row) return { state: 'missing' };
    if (row.used_at !== null) return { state: 'used', userId: row.user_id };
    // A replaced link counts as expired: the person should ask for the newer one.
    if (row.revoked_at !== null || this.now() >= row.expires_at)
      return { state: 'expired', userId: row.user_id };
    return { state: 'valid', userId: row.user_id, tokenHash };
  }

  /** Marks a link used; false when someone else used it first (two tabs racing). */
  consume(tokenHash: string): boolean {
    const result = this.db
      .prepare('UPDATE one_time_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL')
      .run(this.now(), tokenHash);
    return result.changes === 1;
  }

  revokeAllForUser(userId: string): void {
    this.db
      .prepare(
        'UPDATE one_time_links SET revoked_at = ? WHERE user_id = ? AND used_at IS NULL AND revoked_at IS NULL',
      )
      .run(this.now(), userId);
  }
}

import type { SqlExecutor } from '../database/sql-database.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

export interface SessionPolicy {
  /** A session unused for this long ends. */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteTimeoutMs: number;
}

const HOUR = 60 * 60 * 1000;
export const defaultSessionPolicy: SessionPolicy = {
  idleTimeoutMs: 12 * HOUR,
  absoluteTimeoutMs: 30 * 24 * HOUR,
};

/** Only refresh last_seen_at this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

interface SessionRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  last_seen_at: number;
}

export interface ActiveSession {
  /** The SHA-256 of the cookie token; identifies the session without revealing it. */
  id: string;
  userId: string;
  createdAt: number;
}

/**
 * Sign-in sessions. The cookie holds a random token; only its hash is stored. On the SQL port, so
 * every server instance sharing the database sees a sign-out at once; `in(tx)` inside a transaction.
 */
export class SessionStore {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly now: () => number,
    private readonly policy: SessionPolicy = defaultSessionPolicy,
  ) {}

  in(tx: SqlExecutor): SessionStore {
    return new SessionStore(tx, this.now, this.policy);
  }

  get absoluteTimeoutMs(): number {
    return this.policy.absoluteTimeoutMs;
  }

  /** Starts a session and returns the token to put in the cookie. */
  async create(userId: string): Promise<{ token: string; session: ActiveSession }> {
    const token = newSecretToken();
    const id = hashSecretToken(token);
    const now = this.now();
    await this.sql.run(
      'INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
      [id, userId, now, now],
    );
    return { token, session: { id, userId, createdAt: now } };
  }

  /** The live session for a cookie token, refreshing its idle timer; expired sessions are removed. */
  async resolve(token: string): Promise<ActiveSession | undefined> {
    const id = hashSecretToken(token);
    const row = await this.liveRow(id);
    if (!row) return undefined;
    const now = this.now();
    if (now - row.last_seen_at >= TOUCH_INTERVAL_MS) {
      await this.sql.run('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?', [now, id]);
    }
    return { id, userId: row.user_id, createdAt: row.created_at };
  }

  /**
   * Whether a session (by id) is still live, without counting the check as use: an open socket alone
   * does not keep a session alive. Expired sessions are removed.
   */
  async isLive(sessionId: string): Promise<boolean> {
    return (await this.liveRow(sessionId)) !== undefined;
  }

  private async liveRow(id: string): Promise<SessionRow | undefined> {
    const row = await this.sql.one<SessionRow>(
      'SELECT token_hash, user_id, created_at, last_seen_at FROM sessions WHERE token_hash = ?',
      [id],
    );
    if (!row) return undefined;
    const now = this.now();
    const idleExpired = now - row.last_seen_at >= this.policy.idleTimeoutMs;
    const absoluteExpired = now - row.created_at >= this.policy.absoluteTimeoutMs;
    if (idleExpired || absoluteExpired) {
      await this.delete(id);
      return undefined;
    }
    return row;
  }

  async delete(sessionId: string): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE token_hash = ?', [sessionId]);
  }

  async deleteAllForUser(userId: string): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE user_id = ?', [userId]);
  }
}

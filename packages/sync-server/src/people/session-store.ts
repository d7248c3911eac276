import type { SqliteDatabase } from '../database/open-database.js';
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

/** Sign-in sessions. The cookie holds a random token; only its hash is stored. */
export class SessionStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
    private readonly policy: SessionPolicy = defaultSessionPolicy,
  ) {}

  get absoluteTimeoutMs(): number {
    return this.policy.absoluteTimeoutMs;
  }

  /** Starts a session and returns the token to put in the cookie. */
  create(userId: string): { token: string; session: ActiveSession } {
    const token = newSecretToken();
    const id = hashSecretToken(token);
    const now = this.now();
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)')
      .run(id, userId, now, now);
    return { token, session: { id, userId, createdAt: now } };
  }

  /** The live session for a cookie token, refreshing its idle timer; expired sessions are removed. */
  resolve(token: string): ActiveSession | undefined {
    const id = hashSecretToken(token);
    const row = this.liveRow(id);
    if (!row) return undefined;
    const now = this.now();
    if (now - row.last_seen_at >= TOUCH_INTERVAL_MS) {
      this.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now, id);
    }
    return { id, userId: row.user_id, createdAt: row.created_at };
  }

  /**
   * Whether a session (by id) is still live, without counting the check as use: an open socket alone
   * does not keep a session alive. Expired sessions are removed.
   */
  isLive(sessionId: string): boolean {
    return this.liveRow(sessionId) !== undefined;
  }

  private liveRow(id: string): SessionRow | undefined {
    const row = this.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(id) as
      | SessionRow
      | undefined;
    if (!row) return undefined;
    const now = this.now();
    const idleExpired = now - row.last_seen_at >= this.policy.idleTimeoutMs;
    const absoluteExpired = now - row.created_at >= this.policy.absoluteTimeoutMs;
    if (idleExpired || absoluteExpired) {
      this.delete(id);
      return undefined;
    }
    return row;
  }

  delete(sessionId: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(sessionId);
  }

  deleteAllForUser(userId: string): void {
    this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
  }
}

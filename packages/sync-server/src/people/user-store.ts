import type { SqliteDatabase } from '../database/open-database.js';
import { newId } from './new-id.js';
import type { User, UserRole } from './people-types.js';

interface UserRow {
  id: string;
  practice_id: string;
  role: UserRole;
  email: string;
  display_name: string;
  password_hash: string | null;
}

export interface UserWithPassword extends User {
  passwordHash: string | null;
}

/** Someone already has an account with this email (UNIQUE on users.email). */
export class EmailInUseError extends Error {
  override name = 'EmailInUseError';
}

/** Emails are compared case-insensitively: stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class UserStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
  ) {}

  create(input: {
    practiceId: string;
    role: UserRole;
    email: string;
    displayName: string;
    passwordHash: string | null;
  }): User {
    const id = newId();
    const email = normalizeEmail(input.email);
    try {
      this.db
        .prepare(
          'INSERT INTO users (id, practice_id, role, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.practiceId, input.role, email, input.displayName, input.passwordHash, this.now());
    } catch (error) {
      // Two sign-ups with one email racing past the caller's check: the database decides.
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
        throw new EmailInUseError(`An account with the email ${email} already exists.`, { cause: error });
      }
      throw error;
    }
    return { id, practiceId: input.practiceId, role: input.role, email, displayName: input.displayName };
  }

  get(id: string): UserWithPassword | undefined {
    return toUser(this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined);
  }

  findByEmail(email: string): UserWithPassword | undefined {
    return toUser(
      this.db.prepare('SELECT * FROM users WHERE email = ?').get(normalizeEmail(email)) as
        | UserRow
        | undefined,
    );
  }

  emailInUse(email: string): boolean {
    return this.db.prepare('SELECT 1 FROM users WHERE email = ?').get(normalizeEmail(email)) !== undefined;
  }

  setPasswordHash(id: string, passwordHash: string): void {
    this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, id);
  }
}

function toUser(row: UserRow | undefined): UserWithPassword | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    practiceId: row.practice_id,
    role: row.role,
    email: row.email,
    displayName: row.display_name,
    passwordHash: row.password_hash,
  };
}

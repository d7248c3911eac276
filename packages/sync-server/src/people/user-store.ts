import type { SqlExecutor } from '../database/sql-database.js';
import { isUniqueViolation } from '../database/unique-violation.js';
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

const COLUMNS = 'id, practice_id, role, email, display_name, password_hash';

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

/** Therapists and clients, on the SQL port; `in(tx)` is the same store inside a transaction. */
export class UserStore {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly now: () => number,
  ) {}

  in(tx: SqlExecutor): UserStore {
    return new UserStore(tx, this.now);
  }

  async create(input: {
    practiceId: string;
    role: UserRole;
    email: string;
    displayName: string;
    passwordHash: string | null;
  }): Promise<User> {
    const id = newId();
    const email = normalizeEmail(input.email);
    try {
      await this.sql.run(
        'INSERT INTO users (id, practice_id, role, email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [id, input.practiceId, input.role, email, input.displayName, input.passwordHash, this.now()],
      );
    } catch (error) {
      // Two sign-ups with one email racing past the caller's check: the database decides.
      if (isUniqueViolation(error)) {
        throw new EmailInUseError(`An account with the email ${email} already exists.`, { cause: error });
      }
      throw error;
    }
    return { id, practiceId: input.practiceId, role: input.role, email, displayName: input.displayName };
  }

  async get(id: string): Promise<UserWithPassword | undefined> {
    return toUser(await this.sql.one<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`, [id]));
  }

  async findByEmail(email: string): Promise<UserWithPassword | undefined> {
    return toUser(
      await this.sql.one<UserRow>(`SELECT ${COLUMNS} FROM users WHERE email = ?`, [normalizeEmail(email)]),
    );
  }

  async emailInUse(email: string): Promise<boolean> {
    return (
      (await this.sql.one('SELECT 1 AS found FROM users WHERE email = ?', [normalizeEmail(email)])) !==
      undefined
    );
  }

  async setPasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.sql.run('UPDATE users SET password_hash = ? WHERE id = ?', [passwordHash, id]);
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

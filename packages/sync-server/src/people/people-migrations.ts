import type { Migration } from '../database/open-database.js';
import { type PostgresMigration, sqlMigration } from '../database/postgres-migration.js';

/**
 * Tables for people and what they may reach: practices, users (therapists and clients), the
 * therapist–client link, sessions, one-time links and worksheet assignments. No document content here.
 * The worksheets table is created here too: migration ids are recorded in every existing database, so
 * this first migration stays whole.
 */
export const peopleMigrations: Migration[] = [
  {
    id: 'accounts-001-create',
    up(db) {
      db.exec(`
        CREATE TABLE practices (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          crisis_text TEXT NOT NULL,
          created_at INTEGER NOT NULL
        );
        CREATE TABLE users (
          id TEXT PRIMARY KEY,
          practice_id TEXT NOT NULL REFERENCES practices(id),
          role TEXT NOT NULL CHECK (role IN ('therapist', 'client')),
          email TEXT NOT NULL UNIQUE,
          display_name TEXT NOT NULL,
          -- null until a client accepts their invitation
          password_hash TEXT,
          created_at INTEGER NOT NULL
        );
        CREATE TABLE clients (
          user_id TEXT PRIMARY KEY REFERENCES users(id),
          therapist_id TEXT NOT NULL REFERENCES users(id),
          status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'archived')),
          access TEXT NOT NULL CHECK (access IN ('full', 'read-only', 'none')),
          archived_at INTEGER
        );
        CREATE INDEX clients_by_therapist ON clients(therapist_id);
        CREATE TABLE sessions (
          token_hash TEXT PRIMARY KEY,
          user_id TEXT NOT NULL REFERENCES users(id),
          created_at INTEGER NOT NULL,
          last_seen_at INTEGER NOT NULL
        );
        CREATE INDEX sessions_by_user ON sessions(user_id);
        CREATE TABLE one_time_links (
          token_hash TEXT PRIMARY KEY,
          purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'password-reset')),
          user_id TEXT NOT NULL REFERENCES users(id),
          created_at INTEGER NOT NULL,
          expires_at INTEGER NOT NULL,
          used_at INTEGER,
          -- set when a newer link of the same purpose replaces this one
          revoked_at INTEGER
        );
        CREATE INDEX one_time_links_by_user ON one_time_links(user_id, purpose);
        CREATE TABLE worksheets (
          id TEXT PRIMARY KEY,
          client_id TEXT NOT NULL REFERENCES users(id),
          therapist_id TEXT NOT NULL REFERENCES users(id),
          title TEXT NOT NULL,
          kind TEXT NOT NULL,
          template_id TEXT NOT NULL,
          template_version INTEGER NOT NULL,
          due_date TEXT,
          assigned_at INTEGER NOT NULL,
          started_at INTEGER,
          handed_in_at TEXT,
          reviewed_at INTEGER,
          last_client_activity_at INTEGER
        );
        CREATE INDEX worksheets_by_client ON worksheets(client_id);
        CREATE INDEX worksheets_by_therapist ON worksheets(therapist_id);
      `);
    },
  },
  {
    // "Today" for due dates is the practice's day; practices made before this were judged in UTC.
    id: 'accounts-003-practice-time-zone',
    up(db) {
      db.exec("ALTER TABLE practices ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC'");
    },
  },
];

/**
 * The people tables on Postgres, as the SQLite migrations above leave them (times are BIGINT
 * milliseconds). The worksheets table, created with them on SQLite, comes with the worksheets' own
 * Postgres migrations when that store moves.
 */
export const postgresPeopleMigrations: readonly PostgresMigration[] = [
  sqlMigration(
    'accounts-001-people',
    `
    CREATE TABLE practices (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      crisis_text TEXT NOT NULL,
      created_at BIGINT NOT NULL,
      time_zone TEXT NOT NULL DEFAULT 'UTC'
    );
    CREATE TABLE users (
      id TEXT PRIMARY KEY,
      practice_id TEXT NOT NULL REFERENCES practices(id),
      role TEXT NOT NULL CHECK (role IN ('therapist', 'client')),
      email TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      -- null until a client accepts their invitation
      password_hash TEXT,
      created_at BIGINT NOT NULL
    );
    CREATE TABLE clients (
      user_id TEXT PRIMARY KEY REFERENCES users(id),
      therapist_id TEXT NOT NULL REFERENCES users(id),
      status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'archived')),
      access TEXT NOT NULL CHECK (access IN ('full', 'read-only', 'none')),
      archived_at BIGINT
    );
    CREATE INDEX clients_by_therapist ON clients(therapist_id);
    CREATE TABLE sessions (
      token_hash TEXT PRIMARY KEY,
      user_id TEXT NOT NULL REFERENCES users(id),
      created_at BIGINT NOT NULL,
      last_seen_at BIGINT NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions(user_id);
    CREATE TABLE one_time_links (
      token_hash TEXT PRIMARY KEY,
      purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'password-reset')),
      user_id TEXT NOT NULL REFERENCES users(id),
      created_at BIGINT NOT NULL,
      expires_at BIGINT NOT NULL,
      used_at BIGINT,
      -- set when a newer link of the same purpose replaces this one
      revoked_at BIGINT
    );
    CREATE INDEX one_time_links_by_user ON one_time_links(user_id, purpose);
    `,
  ),
];

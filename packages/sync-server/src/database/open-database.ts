import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** One schema change, applied once, in order, inside a transaction. */
export interface Migration {
  /** Unique and stable, e.g. `documents-001-create`. Applied in the order given. */
  id: string;
  up(db: SqliteDatabase): void;
}

export interface OpenDatabaseOptions {
  synchronous: 'FULL' | 'NORMAL';
  migrations: readonly Migration[];
}

/** Opens (creating if needed) `interlude.sqlite` in `dataDir` in WAL mode and applies pending migrations. */
export function openDatabase(dataDir: string, options: OpenDatabaseOptions): SqliteDatabase {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, 'interlude.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  applyMigrations(db, options.migrations);
  return db;
}

function applyMigrations(db: SqliteDatabase, migrations: readonly Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const applied = new Set(
    db
      .prepare('SELECT id FROM schema_migrations')
      .all()
      .map((row) => (row as { id: string }).id),
  );
  const record = db.prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)');
  for (const migration of migrations) {
    if (applied.has(migration.id)) continue;
    db.transaction(() => {
      migration.up(db);
      record.run(migration.id, Date.now());
    })();
  }
}

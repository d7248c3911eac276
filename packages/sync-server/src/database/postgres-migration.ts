import type { SqlExecutor } from './sql-database.js';

/** One Postgres schema change, applied once, in order, in a transaction (ids as in the SQLite lists). */
export interface PostgresMigration {
  id: string;
  up(tx: SqlExecutor): Promise<void>;
}

/** A migration that is one SQL script. */
export function sqlMigration(id: string, script: string): PostgresMigration {
  return { id, up: (tx) => tx.run(script).then(() => undefined) };
}

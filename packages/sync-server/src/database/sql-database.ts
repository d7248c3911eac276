/**
 * A small async SQL port with one implementation per engine (SQLite through better-sqlite3, Postgres
 * through pg), so a store written once runs on both. Statements use `?` placeholders; the Postgres side
 * numbers them. BIGINT columns read back as JavaScript numbers on both (ids and millisecond times).
 */
export type SqlValue = string | number | boolean | null | Uint8Array | readonly string[] | readonly number[];

export interface SqlResult {
  /** Rows inserted, updated or deleted. */
  changes: number;
}

/** Runs statements, on the database itself or inside one transaction. */
export interface SqlExecutor {
  /** Every row the statement returns. */
  query<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** The first row, or undefined. */
  one<Row extends object>(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<SqlResult>;
}

export type SqlDialect = 'sqlite' | 'postgres';

export interface SqlDatabase extends SqlExecutor {
  readonly dialect: SqlDialect;
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back (and its error rethrown as
   * is) when it throws. Inside, use only `tx`: on SQLite, awaiting anything but `tx`'s own statements
   * would let other writers on the same connection into the transaction (see sqlite-sql-database.ts).
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T> | T): Promise<T>;
  close(): Promise<void>;
}

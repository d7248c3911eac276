import pg from 'pg';
import { numberPlaceholders } from './postgres-placeholders.js';
import type { SqlDatabase, SqlExecutor, SqlResult, SqlValue } from './sql-database.js';

const BIGINT_OID = 20;

/** BIGINT as a number (ids and millisecond times fit); refuse silently losing precision. */
function parseBigint(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`BIGINT ${text} does not fit a JavaScript number`);
  return value;
}

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === BIGINT_OID && format !== 'binary') return parseBigint;
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

export interface PostgresConnectionOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** Most connections the pool opens (default 10). */
  maxConnections?: number;
  /** The schema holding Interlude's tables (search_path); default the server's (public). */
  schema?: string;
}

/**
 * A pg pool whose every connection commits durably: synchronous_commit is forced on whatever the
 * server's default, so a commit has reached the WAL on disk before its promise resolves.
 */
export function createPostgresPool({
  connectionString,
  maxConnections,
  schema,
}: PostgresConnectionOptions): pg.Pool {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) {
    throw new Error(
      `Postgres schema name ${JSON.stringify(schema)} must be lower-case letters, digits and _`,
    );
  }
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections ?? 10,
    types,
    options: `-c synchronous_commit=on${schema ? ` -c search_path=${schema}` : ''}`,
  });
  // A connection that breaks while its client is checked out (Postgres restarting mid-transaction) emits 'error'
  // on that client, and unhandled it would end the process. The statement in flight fails by itself, and the
  // pool drops the broken client when it comes back; idle clients' errors reach the pool's own 'error' event.
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

/**
 * Statements on one pg client or on the pool (each statement then takes any free connection). A
 * transaction's handle is closed when the transaction ends: pg would otherwise run a late statement on a
 * connection already back in the pool, perhaps inside someone else's transaction.
 */
class PostgresExecutor implements SqlExecutor {
  constructor(
    private readonly target: pg.Pool | pg.PoolClient,
    private readonly isClosed: () => boolean = () => false,
  ) {}

  async query<Row extends object>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return (await this.execute(sql, params)).rows as Row[];
  }

  async one<Row extends object>(sql: string, params: readonly SqlValue[] = []): Promise<Row | undefined> {
    return (await this.query<Row>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<SqlResult> {
    return { changes: (await this.execute(sql, params)).rowCount ?? 0 };
  }

  private execute(sql: string, params: readonly SqlValue[]): Promise<pg.QueryResult> {
    if (this.isClosed())
      throw new Error('A Postgres transaction handle was used after its transaction ended');
    return this.target.query(numberPlaceholders(sql), params as unknown[]);
  }
}

/** The SQL port on Postgres. Transactions hold one pooled connection from BEGIN to COMMIT. */
export class PostgresSqlDatabase extends PostgresExecutor implements SqlDatabase {
  readonly dialect = 'postgres';

  constructor(readonly pool: pg.Pool) {
    super(pool);
  }

  static connect(options: PostgresConnectionOptions): PostgresSqlDatabase {
    return new PostgresSqlDatabase(createPostgresPool(options));
  }

  async transaction<T>(work: (tx: SqlExecutor) => Promise<T> | T): Promise<T> {
    let ended = false;
    try {
      return await withPostgresTransaction(this.pool, (client) =>
        work(new PostgresExecutor(client, () => ended)),
      );
    } finally {
      ended = true;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Statements on one pg client or pool through the SQL port's interface. */
export function postgresExecutor(
  target: pg.Pool | pg.PoolClient,
  isClosed: () => boolean = () => false,
): SqlExecutor {
  return new PostgresExecutor(target, isClosed);
}

/**
 * BEGIN … COMMIT on one pooled connection; ROLLBACK and rethrow when `work` throws. A connection whose
 * ROLLBACK failed is destroyed rather than returned to the pool in an unknown state.
 */
export async function withPostgresTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T> | T,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    return await inPostgresTransaction(client, work, (error) => {
      broken = error;
    });
  } finally {
    client.release(broken);
  }
}

/** BEGIN … COMMIT on a connection the caller holds; `onBroken` hears of a failed ROLLBACK. */
export async function inPostgresTransaction<T>(
  client: pg.PoolClient,
  work: (client: pg.PoolClient) => Promise<T> | T,
  onBroken: (error: Error) => void = () => {},
): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(onBroken);
    throw error;
  }
}

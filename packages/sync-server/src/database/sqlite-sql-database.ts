import type Database from 'better-sqlite3';
import type { SqliteDatabase } from './open-database.js';
import type { SqlDatabase, SqlExecutor, SqlResult, SqlValue } from './sql-database.js';
import { WalSyncOffLoop } from './wal-sync-off-loop.js';

type Statement = Database.Statement<unknown[], unknown>;

/** better-sqlite3 takes no booleans: store them as 1 and 0, as SQLite itself does. */
function bind(params: readonly SqlValue[]): unknown[] {
  return params.map((value) => (typeof value === 'boolean' ? (value ? 1 : 0) : value));
}

/**
 * Port transactions on one connection run one at a time. better-sqlite3 is synchronous and a connection
 * has one transaction, so a port transaction spans BEGIN … await work … COMMIT and every other port
 * statement waits for it. Shared by every port over the same connection (a WeakMap, not per object).
 */
interface ConnectionState {
  /** Settles when the current port transaction has ended (committed or rolled back). */
  current: Promise<unknown>;
  open: boolean;
  statements: Map<string, Statement>;
}

const connections = new WeakMap<SqliteDatabase, ConnectionState>();

function stateOf(db: SqliteDatabase): ConnectionState {
  let state = connections.get(db);
  if (!state) {
    state = { current: Promise.resolve(), open: false, statements: new Map() };
    connections.set(db, state);
  }
  return state;
}

function prepared(db: SqliteDatabase, sql: string): Statement {
  const { statements } = stateOf(db);
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}

/**
 * The open port transaction's end, or null when none is open. A writer that uses the connection directly (the
 * document store) waits until this is null, then writes in the same synchronous step: a port transaction spans
 * promise continuations, and a write made in one of them would join it, committed or rolled back with
 * someone else's work.
 */
export function openPortTransaction(db: SqliteDatabase): Promise<unknown> | null {
  const state = stateOf(db);
  return state.open ? state.current : null;
}

/**
 * Runs statements synchronously once `waitFor` returns null: it returns what to wait for first (an open port
 * transaction's end), or throws (a transaction's handle used after it ended). The last check and the statement
 * run in one synchronous step, so nothing can open a transaction in between.
 */
class SqliteExecutor implements SqlExecutor {
  constructor(
    protected readonly db: SqliteDatabase,
    private readonly waitFor: () => Promise<unknown> | null,
  ) {}

  async query<Row extends object>(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    for (let wait = this.waitFor(); wait; wait = this.waitFor()) await wait;
    return prepared(this.db, sql).all(...bind(params)) as Row[];
  }

  async one<Row extends object>(sql: string, params: readonly SqlValue[] = []): Promise<Row | undefined> {
    for (let wait = this.waitFor(); wait; wait = this.waitFor()) await wait;
    return prepared(this.db, sql).get(...bind(params)) as Row | undefined;
  }

  async run(sql: string, params: readonly SqlValue[] = []): Promise<SqlResult> {
    for (let wait = this.waitFor(); wait; wait = this.waitFor()) await wait;
    const statement = prepared(this.db, sql);
    // A write on its own (outside any transaction) commits by itself: sync it off the event loop.
    const walSync = this.db.inTransaction || statement.reader ? null : WalSyncOffLoop.for(this.db);
    if (!walSync) return { changes: statement.run(...bind(params)).changes };
    const { changes } = walSync.unsynced(() => statement.run(...bind(params)));
    await walSync.synced();
    return { changes };
  }
}

/**
 * BEGIN IMMEDIATE … COMMIT around `work` on a better-sqlite3 connection, after any port transaction
 * already open on it. Between BEGIN and COMMIT only promise continuations run as long as `work` awaits
 * nothing but `tx`'s statements (they finish synchronously), so no I/O callback, timer or setImmediate
 * (the relay's group commit) can slip another writer's statements into this transaction.
 */
export async function runSqliteTransaction<T>(
  db: SqliteDatabase,
  work: (tx: SqlExecutor) => Promise<T> | T,
): Promise<T> {
  const state = stateOf(db);
  const previous = state.current;
  let finish!: () => void;
  state.current = new Promise<void>((resolve) => {
    finish = resolve;
  });
  await previous.catch(() => {});
  let ended = false;
  const tx = new SqliteExecutor(db, () => {
    if (ended) throw new Error('A SQLite transaction handle was used after its transaction ended');
    return null;
  });
  // At FULL the commit's sync runs off the event loop (WalSyncOffLoop); the level is set before BEGIN because
  // SQLite refuses to change it inside a transaction.
  const walSync = WalSyncOffLoop.for(db);
  let result: T;
  try {
    state.open = true;
    if (walSync) db.pragma('synchronous = NORMAL');
    db.exec('BEGIN IMMEDIATE');
    try {
      result = await work(tx);
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    if (walSync) db.pragma('synchronous = FULL');
    ended = true;
    state.open = false;
    finish();
  }
  // Other statements may run while this commit reaches the disk; the caller hears of it only after.
  await walSync?.synced();
  return result;
}

/** The SQL port on the server's SQLite connection (see runSqliteTransaction for transactions). */
export class SqliteSqlDatabase extends SqliteExecutor implements SqlDatabase {
  readonly dialect = 'sqlite';

  constructor(db: SqliteDatabase) {
    // A statement outside a transaction waits for an open port transaction rather than joining it.
    super(db, () => openPortTransaction(db));
  }

  transaction<T>(work: (tx: SqlExecutor) => Promise<T> | T): Promise<T> {
    return runSqliteTransaction(this.db, work);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

import type { SqlExecutor, SqlValue } from './sql-database.js';

/** Rows per INSERT: few round trips on Postgres, and far below either engine's limit on parameters. */
const ROWS_PER_STATEMENT = 100;

/**
 * Inserts many rows with multi-row INSERT statements (both engines take `VALUES (…), (…)`), so writing
 * hundreds of rows costs a few round trips, not hundreds. `table` and `columns` are the caller's constants.
 */
export async function insertRows(
  sql: SqlExecutor,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly SqlValue[])[],
): Promise<void> {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    for (const row of chunk) {
      if (row.length !== columns.length) {
        throw new Error(
          `insertRows: a row for ${table} has ${row.length} values for ${columns.length} columns`,
        );
      }
    }
    await sql.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat(),
    );
  }
}

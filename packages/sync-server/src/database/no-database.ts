import type { SqlExecutor } from './sql-database.js';

function refuse(): never {
  throw new Error('No database here: this transaction handle runs no statements');
}

/** The `tx` handed to row writers by stores without a database (memory stores in tests). */
export const noDatabase: SqlExecutor = {
  query: async () => refuse(),
  one: async () => refuse(),
  run: async () => refuse(),
};

import type { SqlExecutor } from '../database/sql-database.js';
import { newId } from './new-id.js';
import type { Practice } from './people-types.js';

export const defaultCrisisText =
  'If you are in crisis or thinking about harming yourself, call your local emergency number now, ' +
  'or contact a crisis line in your country. This app is not monitored around the clock.';

interface PracticeRow {
  id: string;
  name: string;
  crisis_text: string;
  time_zone: string;
}

/**
 * Practices: a therapist's name for their practice and the crisis help text their clients see.
 * On the SQL port (SQLite or Postgres); `in(tx)` is the same store inside a transaction.
 */
export class PracticeStore {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly now: () => number,
  ) {}

  in(tx: SqlExecutor): PracticeStore {
    return new PracticeStore(tx, this.now);
  }

  async create(name: string, crisisText = defaultCrisisText): Promise<Practice> {
    const id = newId();
    await this.sql.run('INSERT INTO practices (id, name, crisis_text, created_at) VALUES (?, ?, ?, ?)', [
      id,
      name,
      crisisText,
      this.now(),
    ]);
    return { id, name, crisisText, timeZone: 'UTC' };
  }

  async get(id: string): Promise<Practice | undefined> {
    const row = await this.sql.one<PracticeRow>(
      'SELECT id, name, crisis_text, time_zone FROM practices WHERE id = ?',
      [id],
    );
    return row && { id: row.id, name: row.name, crisisText: row.crisis_text, timeZone: row.time_zone };
  }

  async update(
    id: string,
    changes: { name?: string | undefined; crisisText?: string | undefined; timeZone?: string | undefined },
  ): Promise<Practice> {
    const current = await this.get(id);
    if (!current) throw new Error(`Practice ${id} does not exist.`);
    const next = {
      ...current,
      name: changes.name ?? current.name,
      crisisText: changes.crisisText ?? current.crisisText,
      timeZone: changes.timeZone ?? current.timeZone,
    };
    await this.sql.run('UPDATE practices SET name = ?, crisis_text = ?, time_zone = ? WHERE id = ?', [
      next.name,
      next.crisisText,
      next.timeZone,
      id,
    ]);
    return next;
  }

  async isEmpty(): Promise<boolean> {
    return (await this.sql.one('SELECT 1 AS found FROM practices LIMIT 1')) === undefined;
  }
}

import type { SqliteDatabase } from '../database/open-database.js';
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

/** Practices: a therapist's name for their practice and the crisis help text their clients see. */
export class PracticeStore {
  constructor(
    private readonly db: SqliteDatabase,
    private readonly now: () => number,
  ) {}

  create(name: string, crisisText = defaultCrisisText): Practice {
    const id = newId();
    this.db
      .prepare('INSERT INTO practices (id, name, crisis_text, created_at) VALUES (?, ?, ?, ?)')
      .run(id, name, crisisText, this.now());
    return { id, name, crisisText, timeZone: 'UTC' };
  }

  get(id: string): Practice | undefined {
    const row = this.db
      .prepare('SELECT id, name, crisis_text, time_zone FROM practices WHERE id = ?')
      .get(id) as PracticeRow | undefined;
    return row && { id: row.id, name: row.name, crisisText: row.crisis_text, timeZone: row.time_zone };
  }

  update(
    id: string,
    changes: { name?: string | undefined; crisisText?: string | undefined; timeZone?: string | undefined },
  ): Practice {
    const current = this.get(id);
    if (!current) throw new Error(`Practice ${id} does not exist.`);
    const next = {
      ...current,
      name: changes.name ?? current.name,
      crisisText: changes.crisisText ?? current.crisisText,
      timeZone: changes.timeZone ?? current.timeZone,
    };
    this.db
      .prepare('UPDATE practices SET name = ?, crisis_text = ?, time_zone = ? WHERE id = ?')
      .run(next.name, next.crisisText, next.timeZone, id);
    return next;
  }

  isEmpty(): boolean {
    return this.db.prepare('SELECT 1 FROM practices LIMIT 1').get() === undefined;
  }
}

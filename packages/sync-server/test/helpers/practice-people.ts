import type { SqlExecutor } from '../../src/database/sql-database.js';
import type { User } from '../../src/people/people-types.js';
import { PracticeStore } from '../../src/people/practice-store.js';
import { UserStore } from '../../src/people/user-store.js';

/**
 * A new practice on `sql` and a way to add people to it (display name = email, no password), for store tests
 * whose rows must name real users.
 */
export async function newPractice(sql: SqlExecutor): Promise<{
  practiceId: string;
  person(role: 'therapist' | 'client', email: string): Promise<User>;
}> {
  const practiceId = (await new PracticeStore(sql, () => 1).create('Practice')).id;
  const users = new UserStore(sql, () => 1);
  return {
    practiceId,
    person: (role, email) =>
      users.create({ practiceId, role, email, displayName: email, passwordHash: null }),
  };
}

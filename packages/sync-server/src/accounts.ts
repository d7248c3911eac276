import { AuditLog } from './audit/audit-log.js';
import type { Clock } from './clock.js';
import { WorksheetCommentStore } from './comments/worksheet-comment-store.js';
import type { SqliteDatabase } from './database/open-database.js';
import type { SqlDatabase, SqlExecutor } from './database/sql-database.js';
import { SqliteSqlDatabase } from './database/sqlite-sql-database.js';
import { PrivateNoteStore } from './notes/private-note-store.js';
import {
  type AttemptLimit,
  type AttemptLimiter,
  type AttemptLimiterFactory,
  MemoryAttemptLimiter,
} from './people/attempt-limiter.js';
import { ClientStore } from './people/client-store.js';
import { OneTimeLinkStore } from './people/one-time-link-store.js';
import { defaultScryptParameters, type ScryptParameters } from './people/password-hashing.js';
import { PracticeStore } from './people/practice-store.js';
import { defaultSessionPolicy, type SessionPolicy, SessionStore } from './people/session-store.js';
import { UserStore } from './people/user-store.js';
import { DerivedResponseStore } from './progress/derived-response-store.js';
import { FlagAcknowledgementStore } from './progress/flag-acknowledgement-store.js';
import { ReviewSnapshotStore } from './progress/review-snapshot-store.js';
import { PracticeTemplateStore } from './templates/practice-template-store.js';
import { WorksheetSeriesStore } from './worksheets/worksheet-series-store.js';
import { WorksheetStore } from './worksheets/worksheet-store.js';

const MINUTE = 60_000;

export interface AccountsOptions {
  sessionPolicy?: SessionPolicy;
  scrypt?: ScryptParameters;
  /** Failed sign-ins per account before it is paused. */
  signInPerAccount?: AttemptLimit;
  /** Sign-in attempts per client address before it is paused. */
  signInPerAddress?: AttemptLimit;
  /** Where attempts are counted; default in memory (server.ts passes Redis when REDIS_URL is set). */
  attemptLimiters?: AttemptLimiterFactory;
}

/** Everything that knows about people and their access, built once per server over one database. */
export interface Accounts {
  clock: Clock;
  practices: PracticeStore;
  users: UserStore;
  clients: ClientStore;
  sessions: SessionStore;
  links: OneTimeLinkStore;
  worksheets: WorksheetStore;
  /** Repeating assignments and how far each has come. */
  series: WorksheetSeriesStore;
  /** The practice's own templates, with every saved version. */
  templates: PracticeTemplateStore;
  audit: AuditLog;
  /** Each worksheet's comment rows and who has seen them, for the counts of new comments. */
  comments: WorksheetCommentStore;
  /** Responses derived from the worksheet documents (progress/). */
  derived: DerivedResponseStore;
  /** Therapists' private notes (notes/): never in a document, never to a client. */
  notes: PrivateNoteStore;
  /** Safety flags the therapist acknowledged (progress/). */
  acknowledgements: FlagAcknowledgementStore;
  /** Derived responses kept at each review (progress/). */
  reviewSnapshots: ReviewSnapshotStore;
  signInPerAccount: AttemptLimiter;
  signInPerAddress: AttemptLimiter;
  scrypt: ScryptParameters;
  /**
   * The accounts' database through the SQL port. Stores moved onto the port so far (practices) run on it
   * and take `in(tx)` inside a transaction; the others still use the SQLite connection directly.
   */
  sql: SqlDatabase;
  /**
   * Runs `work` in one transaction of the SQL port (all or nothing). Stores on the port take `in(tx)`;
   * on SQLite the synchronous stores' statements join it too (same connection). Await nothing but `tx`.
   */
  inTransaction<T>(work: (tx: SqlExecutor) => Promise<T> | T): Promise<T>;
  /** Runs `work` in one SQLite transaction (all or nothing), for the stores not yet on the SQL port. */
  transaction<T>(work: () => T): T;
}

export function createAccounts(db: SqliteDatabase, clock: Clock, options: AccountsOptions = {}): Accounts {
  const now = () => clock.now();
  const limiter = options.attemptLimiters ?? ((_purpose, limit) => new MemoryAttemptLimiter(clock, limit));
  const sql = new SqliteSqlDatabase(db);
  return {
    clock,
    practices: new PracticeStore(sql, now),
    users: new UserStore(sql, now),
    clients: new ClientStore(sql, now),
    sessions: new SessionStore(sql, now, options.sessionPolicy ?? defaultSessionPolicy),
    links: OneTimeLinkStore.on(sql, now),
    worksheets: new WorksheetStore(sql),
    series: new WorksheetSeriesStore(sql),
    templates: new PracticeTemplateStore(sql, now),
    audit: new AuditLog(sql, now),
    comments: WorksheetCommentStore.on(sql),
    derived: DerivedResponseStore.on(sql),
    notes: new PrivateNoteStore(sql, now),
    acknowledgements: FlagAcknowledgementStore.on(sql),
    reviewSnapshots: new ReviewSnapshotStore(sql),
    signInPerAccount: limiter(
      'sign-in-account',
      options.signInPerAccount ?? { maxAttempts: 10, windowMs: 15 * MINUTE },
    ),
    signInPerAddress: limiter(
      'sign-in-address',
      options.signInPerAddress ?? { maxAttempts: 50, windowMs: 15 * MINUTE },
    ),
    scrypt: options.scrypt ?? defaultScryptParameters,
    sql,
    inTransaction: (work) => sql.transaction(work),
    transaction: (work) => db.transaction(work)(),
  };
}

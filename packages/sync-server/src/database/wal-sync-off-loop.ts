import { type FileHandle, open } from 'node:fs/promises';
import type { SqliteDatabase } from './open-database.js';

/**
 * Commits as durably as `synchronous=FULL` without the event loop waiting on the disk.
 *
 * In WAL mode, FULL differs from NORMAL only in that each commit syncs the WAL file, on the calling thread:
 * for the server that was the event loop, held for a whole flush (about 1.3 ms on an idle disk on this
 * project's machines) per commit. Here a commit runs at NORMAL (its frames are written to the WAL, not synced)
 * and the WAL file is then fdatasync'ed on libuv's thread pool; the writer counts its commit as done only when
 * that returns. The same bytes are on the disk before anyone is told: the WAL is only appended to between
 * checkpoints, fdatasync flushes everything written to the file whichever descriptor wrote it, and a checkpoint
 * syncs the WAL before copying it anyway. Writers that commit synchronously elsewhere keep FULL.
 *
 * One instance per connection (`for`), shared by the document store and the SQL port, so that concurrent
 * writers share fdatasyncs: a sync requested while one is running waits for the next one, never for one that
 * may have started before its commit.
 */
export class WalSyncOffLoop {
  private handle: Promise<FileHandle> | null = null;
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  private constructor(
    private readonly db: SqliteDatabase,
    private readonly walPath: string,
  ) {}

  /** Only for a file database in WAL mode at synchronous=FULL; otherwise null (commit as usual). */
  static for(db: SqliteDatabase): WalSyncOffLoop | null {
    if (instances.has(db)) return instances.get(db) ?? null;
    const eligible =
      !db.memory &&
      String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal' &&
      db.pragma('synchronous', { simple: true }) === synchronousFull;
    const instance = eligible ? new WalSyncOffLoop(db, `${db.name}-wal`) : null;
    instances.set(db, instance);
    return instance;
  }

  /**
   * Runs `work` with the connection at NORMAL: everything it commits is written but not synced (SQLite refuses
   * to change the level inside a transaction, so `work` must begin and end its own). Follow with `synced()`.
   */
  unsynced<T>(work: () => T): T {
    this.db.pragma('synchronous = NORMAL');
    try {
      return work();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  /** Resolves once everything committed before the call is on the disk. */
  synced(): Promise<void> {
    if (!this.running) {
      this.running = this.fdatasync();
      return this.running;
    }
    // The running sync may have started before the caller's commit: wait for the one after it.
    this.next ??= this.running.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  /** `unsynced(transaction)` then `synced()`: a better-sqlite3 transaction function, durable when it resolves. */
  async commit<T>(transaction: () => T): Promise<T> {
    const result = this.unsynced(transaction);
    await this.synced();
    return result;
  }

  /** Closes the WAL file descriptor (the database stays open). */
  async close(): Promise<void> {
    await this.running?.catch(() => {});
    await this.next?.catch(() => {});
    const handle = this.handle;
    this.handle = null;
    await (await handle?.catch(() => null))?.close();
  }

  private startNext(): Promise<void> {
    this.next = null;
    this.running = this.fdatasync();
    return this.running;
  }

  private async fdatasync(): Promise<void> {
    try {
      await (await this.walFile()).datasync();
    } finally {
      if (!this.next) this.running = null;
    }
  }

  private walFile(): Promise<FileHandle> {
    if (!this.handle) {
      const opening = open(this.walPath, 'r');
      this.handle = opening;
      // A failed open is retried by the next sync rather than remembered.
      opening.catch(() => {
        if (this.handle === opening) this.handle = null;
      });
    }
    return this.handle;
  }
}

/** `PRAGMA synchronous` reads back as a number: 2 is FULL. */
const synchronousFull = 2;

const instances = new WeakMap<SqliteDatabase, WalSyncOffLoop | null>();

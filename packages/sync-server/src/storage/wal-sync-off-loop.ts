import { type FileHandle, open } from 'node:fs/promises';
import type { SqliteDatabase } from '../database/open-database.js';

/**
 * Commits a transaction as durably as `synchronous=FULL` without the event loop waiting on the disk.
 *
 * In WAL mode, FULL differs from NORMAL only in that each commit syncs the WAL file, on the calling thread:
 * for the relay that was the event loop, held for a whole flush (about 1.3 ms on this project's machines) per
 * batch. Here the transaction commits at NORMAL (its frames are written to the WAL, not synced) and then the
 * WAL file is fdatasync'ed on libuv's thread pool; the caller counts the transaction as stored only when that
 * returns. The same bytes are on the disk before anyone is told: the WAL is only appended to between
 * checkpoints, fdatasync flushes everything written to the file whichever descriptor wrote it, and a checkpoint
 * syncs the WAL before copying it anyway. Other transactions on the connection keep FULL.
 */
export class WalSyncOffLoop {
  private handle: Promise<FileHandle> | null = null;

  private constructor(
    private readonly db: SqliteDatabase,
    private readonly walPath: string,
  ) {}

  /** Only for a file database in WAL mode at synchronous=FULL; otherwise null (commit as usual). */
  static for(db: SqliteDatabase): WalSyncOffLoop | null {
    if (db.memory || String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return null;
    if (db.pragma('synchronous', { simple: true }) !== synchronousFull) return null;
    return new WalSyncOffLoop(db, `${db.name}-wal`);
  }

  /** Runs `transaction` (a better-sqlite3 transaction function) and resolves once its commit is on the disk. */
  async commit<T>(transaction: () => T): Promise<T> {
    this.db.pragma('synchronous = NORMAL');
    let result: T;
    try {
      result = transaction();
    } finally {
      this.db.pragma('synchronous = FULL');
    }
    await (await this.walFile()).datasync();
    return result;
  }

  private walFile(): Promise<FileHandle> {
    if (!this.handle) {
      const opening = open(this.walPath, 'r');
      this.handle = opening;
      // A failed open is retried by the next commit rather than remembered.
      opening.catch(() => {
        if (this.handle === opening) this.handle = null;
      });
    }
    return this.handle;
  }

  /** Closes the WAL file descriptor (the database stays open). */
  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await (await handle)?.close();
  }
}

/** `PRAGMA synchronous` reads back as a number: 2 is FULL. */
const synchronousFull = 2;

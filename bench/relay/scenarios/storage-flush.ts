// The floor under our relay's fan-out: one SQLite transaction of one row, committed in WAL mode the
// way the relay commits an update, timed in this process on the filesystem our relay's DATA_DIR is
// on, spaced like the fan-out writer (one every 20 ms), so the disk sees the same rhythm.
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { SqliteSynchronous } from '../relay-targets.js';
import { sleep } from '../sleep.js';
import { percentile } from '../statistics.js';

export interface StorageFlushResult {
  p50Ms: number;
  p99Ms: number;
  samples: number;
}

export async function measureStorageFlush(
  parentDir: string,
  synchronous: SqliteSynchronous,
  settings: { commits: number; intervalMs: number },
): Promise<StorageFlushResult> {
  const folder = mkdtempSync(path.join(parentDir, 'interlude-flush-'));
  const db = new Database(path.join(folder, 'flush.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous}`);
    db.exec('CREATE TABLE updates (id INTEGER PRIMARY KEY, room TEXT NOT NULL, data BLOB NOT NULL)');
    const insert = db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)');
    const commit = db.transaction((data: Buffer) => insert.run('flush-probe', data));
    // About the size of one typed character's Yjs update.
    const data = Buffer.alloc(40, 7);
    const durations: number[] = [];
    const start = performance.now();
    for (let index = 0; index < settings.commits; index += 1) {
      const began = performance.now();
      commit(data);
      durations.push(performance.now() - began);
      await sleep(Math.max(0, start + (index + 1) * settings.intervalMs - performance.now()));
    }
    return { p50Ms: percentile(durations, 50), p99Ms: percentile(durations, 99), samples: durations.length };
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

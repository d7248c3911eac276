// The two relays under comparison and how to start each one.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ServerLaunch } from './server-process.js';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

export interface RelayTarget {
  name: 'ours' | 'reference';
  /** A launch with fresh storage (ours keeps SQLite in a new temporary folder). */
  launch(): ServerLaunch;
  /** A launch that reuses the storage folder of an earlier launch (a restart). */
  relaunch(previous: ServerLaunch): ServerLaunch;
}

export function ourRelay(synchronous: SqliteSynchronous): RelayTarget {
  const launchIn = (dataDir: string): ServerLaunch => ({
    entry: 'packages/sync-server/test/helpers/relay-test-server.ts',
    env: { PORT: '0', DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: synchronous },
  });
  return {
    name: 'ours',
    launch: () => launchIn(mkdtempSync(path.join(tmpdir(), 'interlude-bench-'))),
    relaunch: (previous) => launchIn(previous.env.DATA_DIR!),
  };
}

export const referenceRelay: RelayTarget = {
  name: 'reference',
  launch: () => ({ entry: 'bench/relay/reference-server.ts', env: { PORT: '0' } }),
  relaunch: (previous) => previous,
};

/** A fresh room name in the worksheet-id shape our relay accepts (22 characters of base64url). */
export function newRoomName(): string {
  return randomBytes(16).toString('base64url');
}

export function roomUrl(port: number, room: string): string {
  return `ws://127.0.0.1:${port}/sync/${room}`;
}

// The relays under comparison, how to start each one, and how a client reaches a room on it.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ServerLaunch } from './server-process.js';

export type SqliteSynchronous = 'FULL' | 'NORMAL';

/** The wire format a relay speaks: y-websocket's, or Hocuspocus's (document name before every message). */
export type Dialect = 'y-websocket' | 'hocuspocus';

export type RelayName = 'ours' | 'reference' | 'hocuspocus';

export interface RelayTarget {
  name: RelayName;
  dialect: Dialect;
  /** A launch with fresh storage (ours keeps SQLite in a new temporary folder). */
  launch(): ServerLaunch;
  /** A launch that reuses the storage folder of an earlier launch (a restart). */
  relaunch(previous: ServerLaunch): ServerLaunch;
}

/** Where a scenario's clients connect: a running relay's port and the dialect it speaks. */
export interface RelayEndpoint {
  port: number;
  dialect: Dialect;
}

/** Our relay's temporary data folders live here; the storage-flush probe uses the same filesystem. */
export const ourDataParent = tmpdir();

export function ourRelay(synchronous: SqliteSynchronous, extraEnv: Record<string, string> = {}): RelayTarget {
  const launchIn = (dataDir: string): ServerLaunch => ({
    entry: 'packages/sync-server/test/helpers/relay-test-server.ts',
    env: { PORT: '0', DATA_DIR: dataDir, SQLITE_SYNCHRONOUS: synchronous, ...extraEnv },
  });
  return {
    name: 'ours',
    dialect: 'y-websocket',
    launch: () => launchIn(mkdtempSync(path.join(ourDataParent, 'interlude-bench-'))),
    relaunch: (previous) => launchIn(previous.env.DATA_DIR!),
  };
}

export const referenceRelay: RelayTarget = {
  name: 'reference',
  dialect: 'y-websocket',
  launch: () => ({ entry: 'bench/relay/reference-server.ts', env: { PORT: '0' } }),
  relaunch: (previous) => previous,
};

export const hocuspocusRelay: RelayTarget = {
  name: 'hocuspocus',
  dialect: 'hocuspocus',
  launch: () => ({ entry: 'bench/relay/hocuspocus-server.ts', env: { PORT: '0' } }),
  relaunch: (previous) => previous,
};

/** A fresh room name in the worksheet-id shape our relay accepts (22 characters of base64url). */
export function newRoomName(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * The WebSocket URL for a room. y-websocket relays take the room from the path; Hocuspocus takes it
 * from every message (its provider connects to the bare server URL), so the path carries nothing.
 */
export function roomUrl(endpoint: RelayEndpoint, room: string): string {
  return endpoint.dialect === 'hocuspocus'
    ? `ws://127.0.0.1:${endpoint.port}`
    : `ws://127.0.0.1:${endpoint.port}/sync/${room}`;
}

// What a reader of the figures needs to know to compare them: versions, machine, load, durability.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const syncServerModules = fileURLToPath(new URL('../../packages/sync-server/node_modules/', import.meta.url));

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(syncServerModules, name, 'package.json'), 'utf8'));
  return (manifest as { version: string }).version;
}

export interface EnvironmentFacts {
  versions: Record<string, string>;
  machine: string;
  loadAverage: string;
  /** The commit the relay's code was at, since it changes quickly while the bench is used. */
  relayRevision: string;
}

export function collectEnvironmentFacts(): EnvironmentFacts {
  const cpus = os.cpus();
  return {
    versions: {
      yjs: installedVersion('yjs'),
      'y-websocket': installedVersion('y-websocket'),
      '@y/websocket-server': installedVersion('@y/websocket-server'),
      '@hocuspocus/server': installedVersion('@hocuspocus/server'),
      '@hocuspocus/provider': installedVersion('@hocuspocus/provider'),
      'y-protocols': installedVersion('y-protocols'),
      ws: installedVersion('ws'),
      'better-sqlite3': installedVersion('better-sqlite3'),
      node: process.version,
    },
    machine: `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`,
    loadAverage: currentLoadAverage(),
    relayRevision: relayRevision(),
  };
}

function relayRevision(): string {
  const repository = fileURLToPath(new URL('../../', import.meta.url));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, encoding: 'utf8' }).trim();
  try {
    const commit = git('log', '-1', '--format=%h', '--', 'packages/sync-server', 'packages/schema');
    const changed = git('status', '--porcelain', '--', 'packages/sync-server', 'packages/schema');
    return changed ? `${commit} plus uncommitted changes in the working tree` : commit;
  } catch {
    return 'unknown (no git)';
  }
}

export function currentLoadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');
}

/**
 * The journal mode our relay actually left in its database file: byte 18 of an SQLite header is 2
 * once the file is in WAL mode. (The synchronous setting is per connection and is not stored.)
 */
export function journalModeOf(dataDir: string): 'WAL' | 'rollback' | 'unknown' {
  const file = path.join(dataDir, 'interlude.sqlite');
  if (!existsSync(file)) return 'unknown';
  const header = Buffer.alloc(20);
  const descriptor = openSync(file, 'r');
  try {
    readSync(descriptor, header, 0, 20, 0);
  } finally {
    closeSync(descriptor);
  }
  return header[18] === 2 ? 'WAL' : 'rollback';
}

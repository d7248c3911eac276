import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { findPostgresBinDir } from './postgres-binaries.js';

/** A throwaway Postgres server started by the tests; `stop` shuts it down and deletes its folder. */
export interface PostgresTestServer {
  /** Superuser connection URL (password authentication over TCP on 127.0.0.1). */
  url: string;
  /** Shuts the server down, dropping every connection, and keeps its data for `startAgain`. */
  shutDown(): Promise<void>;
  /** Starts the server again on the same port and data after `shutDown`. */
  startAgain(): Promise<void>;
  stop(): Promise<void>;
}

const SUPERUSER = 'interlude_test';
const READY_LINE = 'database system is ready to accept connections';

/**
 * Postgres refuses to run as root. As root the server runs as Debian's `postgres` user (setpriv execs
 * directly, so the process we signal is postgres itself) in a folder chowned to it.
 */
function asServerUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['setpriv', ['--reuid=postgres', '--regid=postgres', '--init-groups', '--', command, ...args]];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgresTestServer(): Promise<PostgresTestServer> {
  const binDir = findPostgresBinDir();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-postgres-'));
  const dataDir = path.join(root, 'data');
  const socketDir = path.join(root, 'socket');
  const password = crypto.randomBytes(18).toString('base64url');
  try {
    fs.mkdirSync(socketDir);
    fs.writeFileSync(path.join(root, 'password'), password);
    if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', root]);
    const [initCommand, initArgs] = asServerUser(path.join(binDir, 'initdb'), [
      `--pgdata=${dataDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${path.join(root, 'password')}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    execFileSync(initCommand, initArgs, { stdio: 'pipe' });
    fs.rmSync(path.join(root, 'password'));
    // A port can be taken between choosing and binding it: try a few.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      try {
        let child = await spawnServer(binDir, dataDir, socketDir, port);
        const url = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
        return {
          url,
          shutDown: () => shutDown(child),
          startAgain: async () => {
            child = await spawnServer(binDir, dataDir, socketDir, port);
          },
          stop: () => stopServer(child, root),
        };
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

function spawnServer(
  binDir: string,
  dataDir: string,
  socketDir: string,
  port: number,
): Promise<ChildProcess> {
  const [command, args] = asServerUser(path.join(binDir, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-k',
    socketDir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
  ]);
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes(READY_LINE)) {
        child.stderr?.off('data', onData);
        child.stderr?.resume();
        resolve(child);
      }
    };
    child.stderr?.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`postgres exited (${code}) before it was ready:\n${log}`)));
  });
}

async function shutDown(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT'); // fast shutdown: disconnects clients and stops at once
  await exited;
}

async function stopServer(child: ChildProcess, root: string): Promise<void> {
  await shutDown(child);
  fs.rmSync(root, { recursive: true, force: true });
}

import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Debian's `redis-server` (package `redis-server`); REDIS_SERVER_BIN points elsewhere. */
const redisServerBinary = process.env.REDIS_SERVER_BIN ?? 'redis-server';

/**
 * A real `redis-server` for tests and benchmarks: on a free port of 127.0.0.1, in a temporary folder,
 * nothing persisted. `stop` ends it and removes the folder; `restart` brings it back on the same port
 * (empty), as a Redis that went away and came back.
 */
export class RedisTestServer {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(): Promise<RedisTestServer> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'interlude-redis-'));
    // Another process may take the port between our probe and redis binding it: try a few.
    let lastError: unknown;
    for (let attempt = 0; attempt < 5; attempt++) {
      const server = new RedisTestServer(await freePort(), dir);
      try {
        await server.launch();
        return server;
      } catch (error) {
        lastError = error;
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
    throw lastError;
  }

  /** Stops the server abruptly (SIGKILL), as a crash or a network cut would look to clients. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** Starts it again on the same port, with no data (nothing was persisted). */
  async restart(): Promise<void> {
    if (this.child) await this.kill();
    await this.launch();
  }

  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await this.exited;
    this.child = null;
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private launch(): Promise<void> {
    const args = [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--dir',
      this.dir,
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
      '--loglevel',
      'notice',
    ];
    const child = spawn(redisServerBinary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let output = '';
    return new Promise((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          child.stdout?.off('data', onData);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('error', (error) =>
        reject(
          new Error(`Could not start ${redisServerBinary} (apt-get install redis-server): ${error.message}`),
        ),
      );
      child.once('exit', (code, signal) =>
        reject(
          new Error(`redis-server exited (code ${code}, signal ${signal}) before it was ready:\n${output}`),
        ),
      );
    });
  }
}

/** A port nothing listens on right now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

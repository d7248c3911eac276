import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'relay-test-server.ts');

/** relay-test-server.ts in its own process, so a test can kill it with SIGKILL. */
export class ChildRelayServer {
  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** `env`: more settings, e.g. REDIS_URL for an instance of a cluster. */
  static start(dataDir: string, env: Record<string, string> = {}): Promise<ChildRelayServer> {
    const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    return new Promise((resolve, reject) => {
      let stdout = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /listening (\d+)/.exec(stdout);
        if (match) resolve(new ChildRelayServer(child, Number(match[1]), exited));
      });
      exited.then(({ code, signal }) =>
        reject(
          new Error(`relay-test-server exited (code ${code}, signal ${signal}) before listening:\n${stderr}`),
        ),
      );
    });
  }

  /** SIGKILL: no shutdown code runs, exactly like a crash. */
  async kill9(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.child.kill('SIGTERM');
    return this.exited;
  }
}

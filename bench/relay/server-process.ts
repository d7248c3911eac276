// One relay under test, as its own OS process, so its RSS and CPU are its own.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sleep, withTimeout } from './sleep.js';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
/** USER_HZ, the unit of /proc/<pid>/stat's CPU times: 100 on Linux (`getconf CLK_TCK`). */
const CLOCK_TICKS_PER_SECOND = 100;

export interface ServerLaunch {
  /** Entry script, relative to the repository root. */
  entry: string;
  env: Record<string, string>;
}

export class ServerProcess {
  private readonly stderrTail: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  static async start(launch: ServerLaunch): Promise<ServerProcess> {
    // `node --import tsx` rather than the tsx CLI: the CLI forks, and we need the server's own pid.
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        './bench/relay/gc-on-signal.mjs',
        '--import',
        'tsx',
        '--import',
        './bench/relay/register-dependencies.mjs',
        ...extraNodeOptions(),
        launch.entry,
      ],
      { cwd: repositoryRoot, env: { ...process.env, ...launch.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const stderrTail: string[] = [];
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      stderrTail.push(chunk);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    const port = await withTimeout(
      new Promise<number>((resolve, reject) => {
        let stdout = '';
        child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          const match = /listening (\d+)/.exec(stdout);
          if (match) resolve(Number(match[1]));
        });
        child.once('exit', (code) =>
          reject(new Error(`${launch.entry} exited (${code}) before listening:\n${stderrTail.join('')}`)),
        );
      }),
      60_000,
      `${launch.entry} to start listening`,
    );
    const server = new ServerProcess(child, port);
    server.stderrTail.push(...stderrTail);
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Resident set size in bytes, from /proc (what the OS charges the process). */
  residentBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kilobytes = /VmRSS:\s+(\d+) kB/.exec(status);
    if (!kilobytes) throw new Error(`no VmRSS for pid ${this.pid}`);
    return Number(kilobytes[1]) * 1024;
  }

  /**
   * CPU time the process has used so far (user + system), in seconds, from /proc/<pid>/stat. Its
   * resolution is the kernel's clock tick (10 ms here), so read it over whole scenarios only.
   */
  cpuSeconds(): number {
    const stat = readFileSync(`/proc/${this.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, hence the last ')'): state is field 3,
    // utime field 14 and stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  }

  /** Asks the server for a full GC (see gc-on-signal.mjs) and gives it a moment to finish. */
  async collectGarbage(): Promise<void> {
    this.child.kill('SIGUSR2');
    await sleep(200);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    try {
      await withTimeout(exited, 10_000, 'server to exit');
    } catch {
      this.child.kill('SIGKILL');
      await exited;
    }
  }
}

/** Lets a profiling run pass e.g. `--cpu-prof` to the servers: BENCH_SERVER_NODE_OPTIONS="--cpu-prof". */
function extraNodeOptions(): string[] {
  return (process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean);
}

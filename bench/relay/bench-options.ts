// Command-line options: `--quick` for development, the full run otherwise.
import type { SqliteSynchronous } from './relay-targets.js';

export interface BenchOptions {
  quick: boolean;
  rounds: number;
  synchronous: SqliteSynchronous;
  fanOutDurationMs: number;
  fanOutWarmupUpdates: number;
  /** Idle connection counts, each on a fresh server; memory per connection is the slope over them. */
  idleConnectionCounts: number[];
  idleConnectionsPerRoom: number;
  /** One-row SQLite commits timed per synchronous setting, one every flushIntervalMs. */
  flushCommits: number;
  flushIntervalMs: number;
  typingDurationMs: number;
  /** Worksheets opened once in the compressed day (ours only), RSS read every dayRssEvery. */
  dayWorksheets: number;
  dayRssEvery: number;
  dayTimeLimitMs: number;
  /** Trace transactions to replay; null replays all 259,778. */
  traceTransactions: number | null;
  replayTimeLimitMs: number;
  syncRepetitions: number;
  /** Write docs/benchmarks.md (full runs do by default; quick runs only print). */
  writeDocs: boolean;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const quick = argv.includes('--quick');
  const flagValue = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const synchronous = (flagValue('--synchronous') ?? 'FULL').toUpperCase();
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL')
    throw new Error('--synchronous takes FULL or NORMAL');
  const rounds = Number(flagValue('--rounds') ?? (quick ? 1 : 3));
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) throw new Error('--rounds takes 1..20');
  return {
    quick,
    rounds,
    synchronous,
    fanOutDurationMs: quick ? 5_000 : 20_000,
    fanOutWarmupUpdates: 50,
    idleConnectionCounts: [250, 500, 1_000, 2_000],
    idleConnectionsPerRoom: 10,
    flushCommits: quick ? 250 : 500,
    flushIntervalMs: 20,
    typingDurationMs: quick ? 5_000 : 20_000,
    dayWorksheets: quick ? 1_000 : 5_000,
    dayRssEvery: quick ? 200 : 500,
    dayTimeLimitMs: quick ? 120_000 : 600_000,
    traceTransactions: quick ? 20_000 : null,
    replayTimeLimitMs: quick ? 45_000 : 90_000,
    syncRepetitions: quick ? 3 : 10,
    writeDocs: argv.includes('--write-docs') || (!quick && !argv.includes('--no-docs')),
  };
}

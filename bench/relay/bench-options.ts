// Command-line options: `--quick` for development, the full run otherwise.
import type { SqliteSynchronous } from './relay-targets.js';

export interface BenchOptions {
  quick: boolean;
  rounds: number;
  synchronous: SqliteSynchronous;
  fanOutDurationMs: number;
  fanOutWarmupUpdates: number;
  idleConnections: number;
  idleDocuments: number;
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
    idleConnections: 1_000,
    idleDocuments: 100,
    traceTransactions: quick ? 20_000 : null,
    replayTimeLimitMs: quick ? 45_000 : 90_000,
    syncRepetitions: quick ? 3 : 10,
    writeDocs: argv.includes('--write-docs') || (!quick && !argv.includes('--no-docs')),
  };
}

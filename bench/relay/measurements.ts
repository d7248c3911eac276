// Every figure of every round, by metric and relay; the report takes medians across rounds.
import type { RelayName } from './relay-targets.js';
import { median } from './statistics.js';

export type { RelayName };

export type MetricKey =
  | 'fanOut10P50'
  | 'fanOut10P99'
  | 'fanOut50P50'
  | 'fanOut50P99'
  /** Our relay with SQLITE_SYNCHRONOUS=NORMAL, same fan-out (recorded under 'ours'). */
  | 'fanOut10P50Normal'
  | 'fanOut10P99Normal'
  | 'fanOut50P50Normal'
  | 'fanOut50P99Normal'
  | 'flushFullP50'
  | 'flushFullP99'
  | 'flushNormalP50'
  | 'flushNormalP99'
  | 'idleBytesPerConnection'
  /** Settled RSS with this many idle connections open. */
  | `idleResident${number}`
  | 'newClientSyncMs'
  | 'replayUpdatesPerSecond'
  | 'typingP50'
  | 'typingP99'
  | 'typingRelayCpuPerUpdateUs'
  | 'typingLoadCpuShare'
  | 'typingSendLagP99'
  | 'coldSyncMs'
  /** Settled RSS after this many worksheets opened once (the compressed day). */
  | `dayResident${number}`
  | 'dayMeanOpenMs'
  /** The relay's examination of one answer edit (in process), by worksheet size: median and p95. */
  | 'admissionAnswer30kP50'
  | 'admissionAnswer30kP95'
  | 'admissionAnswer1mP50'
  | 'admissionAnswer1mP95';

export class Measurements {
  private readonly samples = new Map<string, number[]>();
  /** Checks that failed (text mismatch, lost deliveries, time limits, errors), for the report. */
  readonly problems: string[] = [];
  /** Facts seen while running, e.g. the journal mode found in our relay's database file. */
  readonly observations = new Map<string, string>();

  record(metric: MetricKey, relay: RelayName, value: number): void {
    const key = `${metric}/${relay}`;
    const values = this.samples.get(key) ?? [];
    values.push(value);
    this.samples.set(key, values);
  }

  roundsOf(metric: MetricKey, relay: RelayName): readonly number[] {
    return this.samples.get(`${metric}/${relay}`) ?? [];
  }

  medianOf(metric: MetricKey, relay: RelayName): number {
    return median(this.roundsOf(metric, relay));
  }

  /** Every metric that has a figure for some relay, in the order first recorded. */
  recordedMetrics(): MetricKey[] {
    return [...new Set([...this.samples.keys()].map((key) => key.slice(0, key.indexOf('/')) as MetricKey))];
  }
}

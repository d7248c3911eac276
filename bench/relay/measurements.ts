// Every figure of every round, by metric and relay; the report takes medians across rounds.
import { median } from './statistics.js';

export type RelayName = 'ours' | 'reference';

export type MetricKey =
  | 'fanOut10P50'
  | 'fanOut10P99'
  | 'fanOut50P50'
  | 'fanOut50P99'
  | 'idleBytesPerConnection'
  | 'newClientSyncMs'
  | 'replayUpdatesPerSecond'
  | 'coldSyncMs';

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
}

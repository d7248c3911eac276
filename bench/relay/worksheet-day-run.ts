// The compressed day (ours only, once per run): see scenarios/worksheets-over-a-day.ts.
import type { BenchOptions } from './bench-options.js';
import type { Measurements } from './measurements.js';
import { withServer } from './relay-round.js';
import { ourRelay } from './relay-targets.js';
import { openWorksheetsOverADay } from './scenarios/worksheets-over-a-day.js';

/**
 * A real day spreads 5,000 first opens over about 8 hours (one every ~6 s) against the default
 * 30 s unload delay, so about five rooms wait to unload at any moment. The bench opens one every
 * 10–20 ms; with the default delay some two thousand rooms would wait at once and the curve would
 * measure the compression, not the relay. 100 ms keeps a handful (5–10) waiting, as in the real day.
 */
export const DAY_ROOM_UNLOAD_DELAY_MS = 100;

export async function runWorksheetDay(options: BenchOptions, measurements: Measurements): Promise<void> {
  const target = ourRelay(options.synchronous, { ROOM_UNLOAD_DELAY_MS: String(DAY_ROOM_UNLOAD_DELAY_MS) });
  try {
    await withServer(target.launch(), async (server) => {
      const day = await openWorksheetsOverADay(
        server,
        { port: server.port, dialect: target.dialect },
        {
          worksheets: options.dayWorksheets,
          sampleEvery: options.dayRssEvery,
          timeLimitMs: options.dayTimeLimitMs,
          randomSeed: 5_000,
        },
      );
      for (const point of day.curve)
        measurements.record(`dayResident${point.worksheets}`, 'ours', point.residentBytes);
      measurements.record('dayMeanOpenMs', 'ours', day.meanOpenMs);
      if (!day.complete) {
        measurements.problems.push(
          `ours, worksheet day: stopped at the ${options.dayTimeLimitMs} ms limit after ${day.opened} worksheets`,
        );
      }
    });
  } catch (error) {
    measurements.problems.push(
      `ours, worksheet day failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

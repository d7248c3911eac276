import type { Clock, TimerHandle } from '../clock.js';
import type { AssignWorksheetDependencies } from './assign-worksheet.js';
import { createDueOccurrence } from './create-due-occurrence.js';

/** How often the scheduler looks for occurrences whose day has come. */
export const seriesCheckIntervalMs = 60_000;

export interface SeriesScheduler {
  /** Resolves once the check under way (if any) has finished. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Creates repeating assignments' occurrences on their days: once at start-up (so a restart misses none)
 * and then every minute on the injected clock. Checks never overlap; each series' progress is stored with
 * its occurrence and the (series, index) pair is unique, so a restart or a second check creates no duplicate.
 * A failure with one series is logged and the others still get theirs.
 */
export function startSeriesScheduler(
  dependencies: AssignWorksheetDependencies & {
    clock: Clock;
    logError: (message: string, error: unknown) => void;
  },
): SeriesScheduler {
  const { clock, logError, accounts } = dependencies;
  let running: Promise<void> = Promise.resolve();
  let checking = false;
  let checkAgain = false;
  let stopped = false;

  const checkAll = async () => {
    for (const series of await accounts.series.listRunning()) {
      if (stopped) return;
      try {
        await createDueOccurrence(dependencies, series);
      } catch (error) {
        logError(`Could not create the next occurrence of series ${series.id}`, error);
      }
    }
  };
  // A tick during a check asks for one more check after it, so a day that came meanwhile is not left
  // waiting for the next tick.
  const check = () => {
    if (stopped) return;
    if (checking) {
      checkAgain = true;
      return;
    }
    checking = true;
    running = (async () => {
      do {
        checkAgain = false;
        await checkAll();
      } while (checkAgain && !stopped);
    })().finally(() => {
      checking = false;
    });
  };

  check();
  const timer: TimerHandle = clock.setInterval(check, seriesCheckIntervalMs);
  return {
    settled: () => running,
    async stop() {
      stopped = true;
      clock.clearInterval(timer);
      await running;
    },
  };
}

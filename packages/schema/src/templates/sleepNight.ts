import type { ExtractedEntry } from '../responses/extractResponses.js';
import { SLEEP_METRICS } from './catalogue/sleepDiary.js';

/** What a sleep diary night gives beyond what the client entered. Null where an answer it needs is missing. */
export interface SleepNightSummary {
  minutesInBed: number | null;
  minutesAsleep: number | null;
  /** Percent of time in bed spent asleep, rounded to one decimal. */
  sleepEfficiency: number | null;
}

const MINUTES_PER_DAY = 24 * 60;

function clockMinutes(entry: ExtractedEntry, metricKey: string): number | null {
  const value = entry.fields.find((field) => field.metricKey === metricKey)?.value;
  if (typeof value !== 'string' || !/^\d{2}:\d{2}$/.test(value)) return null;
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

function amount(entry: ExtractedEntry, metricKey: string): number | null {
  const value = entry.fields.find((field) => field.metricKey === metricKey)?.value;
  return typeof value === 'number' ? value : null;
}

/** Minutes from one clock time to the next occurrence of another (a night crosses midnight). */
function minutesBetween(from: number, to: number): number {
  return (to - from + MINUTES_PER_DAY) % MINUTES_PER_DAY;
}

/** Time in bed, total sleep and sleep efficiency of one sleep diary entry. */
export function deriveSleepNight(entry: ExtractedEntry): SleepNightSummary {
  const bed = clockMinutes(entry, SLEEP_METRICS.bedTime);
  const lightsOut = clockMinutes(entry, SLEEP_METRICS.lightsOut);
  const finalWake = clockMinutes(entry, SLEEP_METRICS.finalWake);
  const outOfBed = clockMinutes(entry, SLEEP_METRICS.outOfBed);
  const toSleep = amount(entry, SLEEP_METRICS.minutesToSleep);
  // An unanswered "time awake" most often means none.
  const awake = amount(entry, SLEEP_METRICS.minutesAwake) ?? 0;

  const minutesInBed = bed === null || outOfBed === null ? null : minutesBetween(bed, outOfBed);
  const minutesAsleep =
    lightsOut === null || finalWake === null || toSleep === null
      ? null
      : Math.max(0, minutesBetween(lightsOut, finalWake) - toSleep - awake);
  const sleepEfficiency =
    minutesInBed === null || minutesAsleep === null || minutesInBed === 0
      ? null
      : Math.round((Math.min(minutesAsleep, minutesInBed) / minutesInBed) * 1000) / 10;
  return { minutesInBed, minutesAsleep, sleepEfficiency };
}

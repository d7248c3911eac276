import { addIsoDays, isoDayInZone, latestDueIndex, occurrenceDay } from '@interlude/schema';
import { type AssignWorksheetDependencies, assignWorksheet } from './assign-worksheet.js';
import { AssignmentRefused } from './assignment-refused.js';
import { endSeries } from './end-series.js';
import type { WorksheetSeriesRecord } from './worksheet-series-store.js';
import type { WorksheetRecord } from './worksheet-store.js';

/**
 * Creates the series' latest occurrence whose day has come, if it was not created yet. When the server
 * was down past several days, only the latest is created and the ones before it are recorded as skipped:
 * a client handed three stale diary pages (or three PHQ-9s about the same two weeks) at once gets noise,
 * not homework. Returns the worksheet created, or null when none was due.
 * A series that can no longer continue (client archived, template archived) is ended, with the reason.
 */
export async function createDueOccurrence(
  dependencies: AssignWorksheetDependencies,
  series: WorksheetSeriesRecord,
): Promise<WorksheetRecord | null> {
  const { accounts } = dependencies;
  const now = accounts.clock.now();
  const therapist = await accounts.users.get(series.therapistId);
  const client = await accounts.clients.get(series.clientId);
  if (!therapist || !client) {
    await endSeries(accounts, { series, reason: 'client-archived' });
    return null;
  }
  const timeZone = (await accounts.practices.get(therapist.practiceId))?.timeZone ?? 'UTC';
  const today = isoDayInZone(now, timeZone);
  const index = latestDueIndex(series.rule, series.firstDay, today);
  if (index <= series.lastIndex) return null;
  const skipped = range(series.lastIndex + 1, index);
  const day = occurrenceDay(series.rule, series.firstDay, index);
  // Due as long after its own day as the first was; never before today (a late occurrence gets today).
  const dueDate =
    series.dueAfterDays === null ? undefined : maxDay(addIsoDays(day, series.dueAfterDays), today);
  try {
    return await assignWorksheet(dependencies, {
      therapist,
      client,
      templateId: series.templateId,
      title: series.title ?? undefined,
      content: series.content ?? undefined,
      note: series.note ?? undefined,
      dueDate,
      send: true,
      asOf: now,
      series: { seriesId: series.id, index, skipped },
    });
  } catch (error) {
    if (!(error instanceof AssignmentRefused)) throw error;
    await endSeries(accounts, {
      series,
      reason: error.reason === 'client-archived' ? 'client-archived' : 'template-unavailable',
    });
    return null;
  }
}

/** The whole numbers from `from` up to, not including, `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

import { occurrenceCount, occurrenceDay } from '@interlude/schema';
import type { ApiWorksheetOccurrence, ApiWorksheetSeries } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { WorksheetSeriesRecord } from '../worksheets/worksheet-series-store.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';

/** A repeating assignment as the API shows it: its rule, how many in all, and when the next one comes. */
export function seriesView(series: WorksheetSeriesRecord): ApiWorksheetSeries {
  const total = occurrenceCount(series.rule, series.firstDay);
  const running = series.endedAt === null && series.lastIndex < total;
  return {
    id: series.id,
    everyDays: series.rule.everyDays,
    count: series.rule.count ?? null,
    until: series.rule.until ?? null,
    total,
    endedAt: series.endedAt === null ? null : new Date(series.endedAt).toISOString(),
    nextOn: running ? occurrenceDay(series.rule, series.firstDay, series.lastIndex + 1) : null,
  };
}

/** The series a worksheet is an occurrence of, with its place in it; null for a one-off worksheet. */
export async function occurrenceOf(
  accounts: Accounts,
  worksheet: WorksheetRecord,
): Promise<ApiWorksheetOccurrence | null> {
  return (await occurrencesOf(accounts, [worksheet]))(worksheet);
}

/**
 * For a list of worksheets: reads each series they belong to once (occurrences of one series share it),
 * then answers `occurrenceOf` for any of them without waiting.
 */
export async function occurrencesOf(
  accounts: Accounts,
  worksheets: readonly WorksheetRecord[],
): Promise<(worksheet: WorksheetRecord) => ApiWorksheetOccurrence | null> {
  const ids = new Set(
    worksheets.flatMap((worksheet) => (worksheet.seriesId === null ? [] : [worksheet.seriesId])),
  );
  const series = new Map<string, WorksheetSeriesRecord>();
  for (const id of ids) {
    const found = await accounts.series.get(id);
    if (found) series.set(id, found);
  }
  return (worksheet) => {
    if (worksheet.seriesId === null || worksheet.seriesIndex === null) return null;
    const found = series.get(worksheet.seriesId);
    return found ? { ...seriesView(found), index: worksheet.seriesIndex } : null;
  };
}

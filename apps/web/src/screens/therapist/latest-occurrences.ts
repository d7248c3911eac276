import type { WorksheetSummary } from '../../api/types';

/**
 * The ids of the latest listed occurrence of each series still running (not ended, more to come):
 * where "End repeats" is offered, once per series rather than on every occurrence.
 */
export function latestRunningOccurrences(worksheets: readonly WorksheetSummary[]): Set<string> {
  const latest = new Map<string, WorksheetSummary>();
  for (const worksheet of worksheets) {
    const series = worksheet.series;
    if (!series || series.endedAt !== null || series.nextOn === null) continue;
    const known = latest.get(series.id);
    if (!known || known.series!.index < series.index) latest.set(series.id, worksheet);
  }
  return new Set([...latest.values()].map((worksheet) => worksheet.id));
}

import { expect, test } from 'vitest';
import type { WorksheetSummary } from '../../api/types';
import { latestRunningOccurrences } from './latest-occurrences';

function occurrence(id: string, seriesId: string, index: number, running = true): WorksheetSummary {
  return {
    id,
    series: {
      id: seriesId,
      index,
      total: 3,
      everyDays: 7,
      count: 3,
      until: null,
      endedAt: running ? null : '2026-01-06T00:00:00.000Z',
      nextOn: running ? '2026-01-19' : null,
    },
  } as WorksheetSummary;
}

test('offers ending once per running series, on its latest occurrence', () => {
  const list = [
    occurrence('a1', 'a', 1),
    occurrence('a2', 'a', 2),
    occurrence('b1', 'b', 1, false),
    { id: 'plain', series: null } as WorksheetSummary,
  ];
  expect([...latestRunningOccurrences(list)]).toEqual(['a2']);
});

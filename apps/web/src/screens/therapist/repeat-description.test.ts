import { expect, test } from 'vitest';
import { describeRepeat, occurrenceLabel } from './repeat-description';

test('says the rule in words with its first days', () => {
  expect(describeRepeat({ everyDays: 7, count: 3 }, '2026-12-06')).toBe(
    'Every week, 3 times: Dec 6, Dec 13, Dec 20',
  );
  expect(describeRepeat({ everyDays: 1, until: '2026-01-10' }, '2026-01-05')).toBe(
    'Every day, until Jan 10 (6 times): Jan 5, Jan 6, Jan 7, Jan 8, …',
  );
  expect(describeRepeat({ everyDays: 3, count: 2 }, '2026-01-05')).toBe(
    'Every 3 days, 2 times: Jan 5, Jan 8',
  );
});

test('labels an occurrence with its place and rhythm', () => {
  const series = {
    id: 's',
    index: 1,
    total: 3,
    everyDays: 7,
    count: 3,
    until: null,
    endedAt: null,
    nextOn: '2026-01-12',
  };
  expect(occurrenceLabel(series)).toBe('1 of 3 (weekly)');
  expect(occurrenceLabel({ ...series, everyDays: 1, endedAt: '2026-01-06T00:00:00.000Z' })).toBe(
    '1 of 3 (daily, ended)',
  );
});

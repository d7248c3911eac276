import { expect, test } from 'vitest';
import { latestDueIndex, occurrenceCount, occurrenceDay, repeatRuleProblem } from './repeatRule.js';

const first = '2026-01-05';

test('accepts every N days for N times or until a date', () => {
  expect(repeatRuleProblem({ everyDays: 7, count: 3 }, first)).toBeNull();
  expect(repeatRuleProblem({ everyDays: 1, until: '2026-01-06' }, first)).toBeNull();
  expect(repeatRuleProblem({ everyDays: 30, until: '2027-01-05' }, first)).toBeNull();
});

test('refuses rules out of range, with a reason', () => {
  expect(repeatRuleProblem({ everyDays: 0, count: 3 }, first)).toMatch(/every 1 to 30 days/);
  expect(repeatRuleProblem({ everyDays: 31, count: 3 }, first)).toMatch(/every 1 to 30 days/);
  expect(repeatRuleProblem({ everyDays: 7, count: 1 }, first)).toMatch(/2 to 52 times/);
  expect(repeatRuleProblem({ everyDays: 7, count: 53 }, first)).toMatch(/2 to 52 times/);
  expect(repeatRuleProblem({ everyDays: 7 }, first)).toMatch(/either a number of times or an end date/);
  expect(repeatRuleProblem({ everyDays: 7, count: 3, until: '2026-02-01' }, first)).toMatch(/not both/);
  expect(repeatRuleProblem({ everyDays: 7, until: '2026-01-11' }, first)).toMatch(/no second time/);
  expect(repeatRuleProblem({ everyDays: 7, until: '2027-01-06' }, first)).toMatch(/more than a year ahead/);
  expect(repeatRuleProblem({ everyDays: 7, until: 'soon' }, first)).toMatch(/not a date/);
});

test('occurrence days, counts and the latest one due', () => {
  const weekly = { everyDays: 7, until: '2026-01-25' };
  expect(occurrenceDay(weekly, first, 3)).toBe('2026-01-19');
  expect(occurrenceCount(weekly, first)).toBe(3);
  expect(latestDueIndex(weekly, first, '2026-01-04')).toBe(0);
  expect(latestDueIndex(weekly, first, first)).toBe(1);
  expect(latestDueIndex(weekly, first, '2026-01-18')).toBe(2);
  expect(latestDueIndex(weekly, first, '2026-03-01')).toBe(3);
  expect(latestDueIndex({ everyDays: 1, count: 2 }, first, '2026-02-01')).toBe(2);
});

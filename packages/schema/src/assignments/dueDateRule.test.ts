import { describe, expect, test } from 'vitest';
import { dueDateProblem, earliestCurrentIsoDay, localIsoDay } from './dueDateRule.js';

describe('dueDateProblem', () => {
  const today = '2026-11-26';

  test('no due date is fine', () => {
    expect(dueDateProblem('', today)).toBeNull();
  });

  test('today and later days are accepted', () => {
    expect(dueDateProblem('2026-11-26', today)).toBeNull();
    expect(dueDateProblem('2027-01-02', today)).toBeNull();
  });

  test('a day before today is refused, worded for the form and for the API', () => {
    expect(dueDateProblem('2026-11-25', today)).toEqual({
      reason: 'past',
      message: 'This date has already passed. Choose today or a later day.',
      detail: 'The due date 2026-11-25 has already passed; choose today or a later day.',
    });
    expect(dueDateProblem('2025-12-31', today)?.reason).toBe('past');
  });

  test('something that is not a calendar date is refused', () => {
    expect(dueDateProblem('next tuesday', today)?.message).toBe('Enter a date like 2026-02-01.');
  });
});

describe('which day is today', () => {
  test('the earliest current day is UTC−12: yesterday in UTC until noon UTC', () => {
    expect(earliestCurrentIsoDay(Date.parse('2026-01-05T11:59:00Z'))).toBe('2026-01-04');
    expect(earliestCurrentIsoDay(Date.parse('2026-01-05T12:00:00Z'))).toBe('2026-01-05');
  });

  test('the local day is read from the local calendar, not UTC', () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(localIsoDay(new Date(2026, 11, 31, 0, 5))).toBe('2026-12-31');
  });
});

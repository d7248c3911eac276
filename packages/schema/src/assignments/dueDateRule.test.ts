import { describe, expect, test } from 'vitest';
import { addIsoDays, dueDateProblem, isoDayInZone, isTimeZone, localIsoDay } from './dueDateRule.js';

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
  test("a practice's day is read in its time zone", () => {
    const lateEveningInLondon = Date.parse('2026-07-05T23:30:00Z'); // 00:30 on the 6th in summer time
    expect(isoDayInZone(lateEveningInLondon, 'UTC')).toBe('2026-07-05');
    expect(isoDayInZone(lateEveningInLondon, 'Europe/London')).toBe('2026-07-06');
    expect(isoDayInZone(Date.parse('2026-01-05T03:00:00Z'), 'America/New_York')).toBe('2026-01-04');
  });

  test('time zone names are checked with Intl', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  test('days are added on the calendar, across months and years', () => {
    expect(addIsoDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addIsoDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('the local day is read from the local calendar, not UTC', () => {
    expect(localIsoDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(localIsoDay(new Date(2026, 11, 31, 0, 5))).toBe('2026-12-31');
  });
});

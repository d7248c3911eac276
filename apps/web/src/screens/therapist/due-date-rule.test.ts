import { describe, expect, test } from 'vitest';
import { dueDateProblem } from './due-date-rule';

describe('dueDateProblem', () => {
  const today = '2026-11-26';

  test('no due date is fine', () => {
    expect(dueDateProblem('', today)).toBeNull();
  });

  test('today and later days are accepted', () => {
    expect(dueDateProblem('2026-11-26', today)).toBeNull();
    expect(dueDateProblem('2027-01-02', today)).toBeNull();
  });

  test('a day before today is refused with a clear message', () => {
    expect(dueDateProblem('2026-11-25', today)).toBe(
      'This date has already passed. Choose today or a later day.',
    );
    expect(dueDateProblem('2025-12-31', today)).not.toBeNull();
  });

  test('something that is not a calendar date is refused', () => {
    expect(dueDateProblem('next tuesday', today)).toBe('Enter a date like 2026-02-01.');
  });
});

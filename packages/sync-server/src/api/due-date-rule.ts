import { ApiError } from './api-error.js';

const HOUR = 60 * 60 * 1000;

/**
 * The earliest calendar day that is still "today" somewhere (UTC−12): a therapist west of UTC late in the
 * evening may still assign for their own today, yet a day that has ended everywhere is refused.
 */
export function earliestTodayIsoDay(now: number): string {
  return new Date(now - 12 * HOUR).toISOString().slice(0, 10);
}

/** Refuses a due date that has already passed: homework cannot be due yesterday. */
export function assertDueDateNotPast(dueDate: string | undefined, now: number): void {
  if (!dueDate) return;
  const today = earliestTodayIsoDay(now);
  // ISO calendar dates compare correctly as strings.
  if (dueDate < today) {
    throw new ApiError(
      400,
      'invalid-request',
      `The due date ${dueDate} has already passed; choose today or a later day.`,
    );
  }
}

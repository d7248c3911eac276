/** A calendar day, YYYY-MM-DD; such days compare correctly as strings. */
export type IsoDay = string;

const HOUR = 60 * 60 * 1000;

/** The person's own local calendar day: what "today" means in their browser. */
export function localIsoDay(date: Date): IsoDay {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/**
 * The earliest calendar day that is still "today" somewhere (UTC−12): the server does not know the
 * therapist's time zone, so one west of UTC late in the evening may still assign for their own today,
 * yet a day that has ended everywhere is refused.
 */
export function earliestCurrentIsoDay(now: number): IsoDay {
  return new Date(now - 12 * HOUR).toISOString().slice(0, 10);
}

export interface DueDateProblem {
  reason: 'not-a-date' | 'past';
  /** For the field the date was typed in. */
  message: string;
  /** Names the date, for an answer read away from the form (the API's error). */
  detail: string;
}

/**
 * Why a due date cannot be used, or null when it can (an empty one means "no due date"): homework
 * cannot be due before `today`. The browser passes the person's local day, the server the earliest
 * day still current anywhere, so whatever the form accepts the server accepts too.
 */
export function dueDateProblem(dueDate: string, today: IsoDay): DueDateProblem | null {
  if (!dueDate) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) {
    const message = 'Enter a date like 2026-02-01.';
    return { reason: 'not-a-date', message, detail: `The due date "${dueDate}" is not a date. ${message}` };
  }
  if (dueDate < today) {
    return {
      reason: 'past',
      message: 'This date has already passed. Choose today or a later day.',
      detail: `The due date ${dueDate} has already passed; choose today or a later day.`,
    };
  }
  return null;
}

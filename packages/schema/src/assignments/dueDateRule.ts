/** A calendar day, YYYY-MM-DD; such days compare correctly as strings. */
export type IsoDay = string;

/** The person's own local calendar day: what "today" means in their browser. */
export function localIsoDay(date: Date): IsoDay {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Whether `name` is an IANA time zone this JavaScript runtime knows ("Europe/London", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day it is at `now` in `timeZone` (an IANA name): "today" for a practice, so a therapist
 * and the server agree whatever zone the server or the browser runs in.
 */
export function isoDayInZone(now: number, timeZone: string): IsoDay {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The calendar day `days` after `day` (negative: before); calendar arithmetic, no time zone involved. */
export function addIsoDays(day: IsoDay, days: number): IsoDay {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
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
 * cannot be due before `today`, the practice's day (`isoDayInZone(now, practice.timeZone)`). The form
 * and the server both pass it, so whatever the form accepts the server accepts too.
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

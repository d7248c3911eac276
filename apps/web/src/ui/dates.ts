import { localIsoDay } from '@interlude/schema';
import type { Timestamp } from '../api/types';

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const dayYearFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

function toDate(value: Timestamp): Date {
  return new Date(value);
}

/** A due date (YYYY-MM-DD, a calendar day with no time zone) as "Mon 3 Feb". */
export function formatDueDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) return isoDay;
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === new Date().getFullYear()
    ? dayFormat.format(date)
    : dayYearFormat.format(date);
}

/** A moment as "3 Feb, 14:05". */
export function formatMoment(value: Timestamp): string {
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? String(value) : timeFormat.format(date);
}

/** "just now", "5 minutes ago", "3 days ago", falling back to the date after a month. */
export function formatRelative(value: Timestamp, now = Date.now()): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return String(value);
  const minutes = Math.round((now - date.getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} hour${hours === 1 ? '' : 's'} ago`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} day${days === 1 ? '' : 's'} ago`;
  return dayYearFormat.format(date);
}

/** Today as YYYY-MM-DD in the person's own time zone (for date inputs). */
export function todayIsoDay(offsetDays = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return localIsoDay(date);
}

/** A moment's calendar day as "26 Nov 2026". */
export function formatDay(value: Timestamp): string {
  const date = toDate(value);
  return Number.isNaN(date.getTime()) ? String(value) : dayYearFormat.format(date);
}

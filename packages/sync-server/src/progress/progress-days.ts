/** Day arithmetic on calendar days (`YYYY-MM-DD`), in UTC so no time zone shifts a day. */

/** The client's own day of a time they wrote (`2026-01-04T21:30:00+01:00` is 4 January for them). */
export function clientDayOf(clientTime: string): string {
  return clientTime.slice(0, 10);
}

/** The Monday on or before `day`. */
export function weekStartOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Days in one practice's time zone, for many times at once: one formatter per request (building an
 * Intl.DateTimeFormat per call made the dashboard of 2,000 worksheets slow). Same answers as `isoDayInZone`.
 */
export function dayInZoneFormatter(timeZone: string): (at: number) => string {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (at) => {
    const parts = format.formatToParts(at);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
}

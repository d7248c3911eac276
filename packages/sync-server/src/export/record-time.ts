/** Readable times for the Markdown record, in the practice's time zone, which is named so nobody guesses. */
export interface RecordTime {
  /** An ISO instant: "6 December 2026, 04:49 (Europe/Berlin)". */
  moment(iso: string): string;
  /** A calendar day `YYYY-MM-DD`: "6 December 2026". */
  day(isoDay: string): string;
}

export function recordTime(timeZone: string): RecordTime {
  const zone = validZone(timeZone);
  const moments = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
  const days = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return {
    moment: (iso) => {
      const at = new Date(iso);
      return Number.isNaN(at.getTime()) ? iso : `${moments.format(at)} (${zone})`;
    },
    day: (isoDay) => {
      const at = new Date(`${isoDay}T00:00:00Z`);
      return Number.isNaN(at.getTime()) ? isoDay : days.format(at);
    },
  };
}

/** A zone Intl does not know (a stale setting) falls back to UTC rather than failing the download. */
function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

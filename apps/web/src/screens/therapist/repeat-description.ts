import {
  type IsoDay,
  occurrenceCount,
  occurrenceDay,
  type RepeatRule,
  repeatRhythm,
} from '@interlude/schema';
import type { ApiWorksheetOccurrence } from '@interlude/schema/api';

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const shownDays = 4;

const formatDay = (day: IsoDay) => dayFormat.format(new Date(`${day}T00:00:00Z`));

function rhythmInWords(everyDays: number): string {
  if (everyDays === 1) return 'Every day';
  if (everyDays === 7) return 'Every week';
  return `Every ${everyDays} days`;
}

/** The rule in words, with its first days: "Every week, 3 times: Dec 6, Dec 13, Dec 20". */
export function describeRepeat(rule: RepeatRule, firstDay: IsoDay): string {
  const total = occurrenceCount(rule, firstDay);
  const span =
    rule.count !== undefined ? `${total} times` : `until ${formatDay(rule.until!)} (${total} times)`;
  const days = Array.from({ length: Math.min(total, shownDays) }, (_, i) =>
    formatDay(occurrenceDay(rule, firstDay, i + 1)),
  );
  const more = total > shownDays ? ', …' : '';
  return `${rhythmInWords(rule.everyDays)}, ${span}: ${days.join(', ')}${more}`;
}

/** Where an occurrence stands in its series: "1 of 3 (weekly)". */
export function occurrenceLabel(series: ApiWorksheetOccurrence): string {
  const ended = series.endedAt ? ', ended' : '';
  return `${series.index} of ${series.total} (${repeatRhythm(series.everyDays)}${ended})`;
}

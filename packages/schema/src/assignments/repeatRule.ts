import { addIsoDays, type IsoDay } from './dueDateRule.js';

/** How an assignment repeats: every `everyDays` days, either `count` times or until a day (inclusive). */
export interface RepeatRule {
  everyDays: number;
  count?: number | undefined;
  until?: IsoDay | undefined;
}

export const REPEAT_LIMITS = {
  everyDays: { min: 1, max: 30 },
  count: { min: 2, max: 52 },
  /** How far ahead `until` may be, in days from the first occurrence. */
  untilMaxDays: 365,
} as const;

/**
 * Why a repeat rule cannot be used, or null when it can. `firstDay` is the first occurrence's day (today in
 * the practice's time zone). The web form and the server both ask, so they accept the same rules.
 */
export function repeatRuleProblem(rule: RepeatRule, firstDay: IsoDay): string | null {
  const { everyDays, count, until } = rule;
  const { min, max } = REPEAT_LIMITS.everyDays;
  if (!Number.isInteger(everyDays) || everyDays < min || everyDays > max)
    return `Repeat every ${min} to ${max} days (not ${everyDays}).`;
  if ((count === undefined) === (until === undefined))
    return 'Say how long it repeats: either a number of times or an end date, not both.';
  if (count !== undefined) {
    const limit = REPEAT_LIMITS.count;
    if (!Number.isInteger(count) || count < limit.min || count > limit.max)
      return `Repeat ${limit.min} to ${limit.max} times (not ${count}).`;
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(until!)) return `The end date "${until}" is not a date like 2026-02-01.`;
  const secondDay = addIsoDays(firstDay, everyDays);
  if (until! < secondDay)
    return `The end date ${until} leaves no second time: the next one would be on ${secondDay}. Choose a later end date.`;
  const latest = addIsoDays(firstDay, REPEAT_LIMITS.untilMaxDays);
  if (until! > latest) return `The end date ${until} is more than a year ahead; choose ${latest} or earlier.`;
  return null;
}

/** The day of occurrence `index` (1 is the first, on `firstDay`). */
export function occurrenceDay(rule: RepeatRule, firstDay: IsoDay, index: number): IsoDay {
  return addIsoDays(firstDay, (index - 1) * rule.everyDays);
}

/** How many occurrences the rule makes in all. */
export function occurrenceCount(rule: RepeatRule, firstDay: IsoDay): number {
  if (rule.count !== undefined) return rule.count;
  const days = daysBetween(firstDay, rule.until ?? firstDay);
  return Math.floor(days / rule.everyDays) + 1;
}

/** The last occurrence whose day has come by `today` (0 when none has). */
export function latestDueIndex(rule: RepeatRule, firstDay: IsoDay, today: IsoDay): number {
  if (today < firstDay) return 0;
  const reached = Math.floor(daysBetween(firstDay, today) / rule.everyDays) + 1;
  return Math.min(reached, occurrenceCount(rule, firstDay));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "daily", "weekly", "every 3 days": the rhythm in a few words. */
export function repeatRhythm(everyDays: number): string {
  if (everyDays === 1) return 'daily';
  if (everyDays === 7) return 'weekly';
  return `every ${everyDays} days`;
}

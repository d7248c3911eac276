import type { ApiCompletion, ApiCompletionWeek } from '@interlude/schema/api';
import { addDays, clientDayOf, weekStartOf } from './progress-days.js';

/** What completion needs of one sent worksheet. */
export interface CompletionFacts {
  /** The practice's day it was sent. */
  sentDay: string;
  dueDate: string | null;
  /** The client's own hand-in time (null: not handed in). */
  handedInAt: string | null;
}

const rateOf = (done: number, assigned: number) => (assigned === 0 ? null : done / assigned);

const isOnTime = (facts: CompletionFacts) =>
  facts.handedInAt !== null && (facts.dueDate === null || clientDayOf(facts.handedInAt) <= facts.dueDate);

/**
 * Homework completion week by week: sent in the week of sending, done in the week the client handed it
 * in (their day), on time when handed in on or before the due day. The rate is done / sent.
 */
export function homeworkCompletion(worksheets: CompletionFacts[], today: string): ApiCompletion {
  const weeks = new Map<string, ApiCompletionWeek>();
  const week = (day: string) => {
    const weekStart = weekStartOf(day);
    let found = weeks.get(weekStart);
    if (!found) {
      found = { weekStart, assigned: 0, done: 0, doneOnTime: 0 };
      weeks.set(weekStart, found);
    }
    return found;
  };
  for (const facts of worksheets) {
    week(facts.sentDay).assigned += 1;
    if (facts.handedInAt === null) continue;
    const doneWeek = week(clientDayOf(facts.handedInAt));
    doneWeek.done += 1;
    if (isOnTime(facts)) doneWeek.doneOnTime += 1;
  }
  // Weeks with nothing in them are shown too, so the chart's gaps are real gaps.
  const starts = [...weeks.keys()].sort();
  if (starts.length > 0) {
    for (let day = starts[0]!; day <= starts.at(-1)!; day = addDays(day, 7)) week(day);
  }
  const recentFrom = addDays(today, -27);
  const recent = worksheets.filter((facts) => facts.sentDay >= recentFrom);
  const done = worksheets.filter((facts) => facts.handedInAt !== null).length;
  return {
    weeks: [...weeks.values()].sort((a, b) => a.weekStart.localeCompare(b.weekStart)),
    assigned: worksheets.length,
    done,
    doneOnTime: worksheets.filter(isOnTime).length,
    rate: rateOf(done, worksheets.length),
    rateLast4Weeks: rateOf(recent.filter((facts) => facts.handedInAt !== null).length, recent.length),
  };
}

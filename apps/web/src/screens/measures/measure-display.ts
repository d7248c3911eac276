import {
  measureDisplayOf as displayOfResult,
  type MeasureDisplay,
  type MeasureScore,
  measureResultSummaryOf,
} from '@interlude/schema';
import type { WorksheetSummary } from '../../api/types';

/** What the therapist is shown of a measure: the API's result, or one scored live in the browser. */
export type { MeasureDisplay };

/** "PHQ-9: 12 / 27 — moderate" once complete; "PHQ-9: 5 of 9 answered" until then. */
export function measureScoreText(measure: MeasureDisplay): string {
  if (measure.total === null) {
    return `${measure.title}: ${measure.answered} of ${measure.itemCount} answered`;
  }
  const band = measure.severity ? ` — ${measure.severity.toLowerCase()}` : '';
  return `${measure.title}: ${measure.total} / ${measure.maxTotal}${band}`;
}

/** Urgent flags (PHQ-9 item 9 above 0) ask the practitioner to act, whatever the total. */
export function urgentFlags(measure: Pick<MeasureDisplay, 'flags'> | null) {
  return measure?.flags.filter((flag) => flag.level === 'urgent') ?? [];
}

/**
 * A worksheet needs the therapist's attention while it carries an urgent flag and is not yet reviewed,
 * whether handed in or only started: the flag must not wait for the hand-in.
 */
export function needsAttention(worksheet: {
  status: WorksheetSummary['status'];
  measure: Pick<MeasureDisplay, 'flags'> | null;
}): boolean {
  return worksheet.status !== 'reviewed' && urgentFlags(worksheet.measure).length > 0;
}

/** The display the API derives from a stored result, derived the same way from a score computed in the browser. */
export function measureDisplayOf(score: MeasureScore): MeasureDisplay {
  return displayOfResult(measureResultSummaryOf(score));
}

/**
 * The therapist's view of a measure: the live score, with every flag the server has kept. A safety flag
 * stays until review even when the client changes the answer back (the server keeps it, worded "has since
 * been changed"), so a flag the live score no longer raises must not vanish from the page.
 */
export function withKeptFlags(
  live: MeasureDisplay | null,
  stored: MeasureDisplay | null,
): MeasureDisplay | null {
  if (!live) return stored;
  if (!stored) return live;
  const liveIds = new Set(live.flags.map((flag) => flag.id));
  return { ...live, flags: [...live.flags, ...stored.flags.filter((flag) => !liveIds.has(flag.id))] };
}

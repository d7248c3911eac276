import { type MeasureResultSummary, type MeasureScore, measureResultSummaryOf } from '@interlude/schema';

/** A flag as stored with the result: the catalogue's rule id, its level and its message. */
export interface StoredMeasureFlag {
  id: string;
  level: 'urgent' | 'review';
  message: string;
}

/** The server's scoring of a measure worksheet, kept on its row so lists need not open documents. */
export interface StoredMeasureResult extends MeasureResultSummary {
  flags: StoredMeasureFlag[];
  scoredAt: number;
}

export function storedMeasureResult(score: MeasureScore, scoredAt: number): StoredMeasureResult {
  return { ...measureResultSummaryOf(score), scoredAt };
}

/**
 * Once raised, a safety flag stays until the therapist reviews the worksheet: a client changing item 9
 * back to 0 must not hide from the practitioner that it was answered above 0.
 */
export function keepEarlierSafetyFlag(
  result: StoredMeasureResult,
  flagRaisedAt: number | null,
  reviewedAt: number | null,
): StoredMeasureResult {
  if (flagRaisedAt === null || hasSafetyFlag(result)) return result;
  // A review after the flag was raised means the practitioner has seen it.
  if (reviewedAt !== null && reviewedAt >= flagRaisedAt) return result;
  const day = new Date(flagRaisedAt).toISOString().slice(0, 10);
  const earlier: StoredMeasureFlag = {
    id: `${result.measureId}-urgent-answer-changed`,
    level: 'urgent',
    message: `An answer that needs your attention was given on ${day} and has since been changed: please follow up.`,
  };
  return { ...result, flags: [...result.flags, earlier] };
}

/** An urgent flag (PHQ-9 item 9) asks the practitioner to act whatever the total. */
export function hasSafetyFlag(result: StoredMeasureResult | null): boolean {
  return result?.flags.some((flag) => flag.level === 'urgent') ?? false;
}

import type { MeasureScore } from '@interlude/schema';

/** A flag as stored with the result: the catalogue's rule id, its level and its message. */
export interface StoredMeasureFlag {
  id: string;
  level: 'urgent' | 'review';
  message: string;
}

/** The server's scoring of a measure worksheet, kept on its row so lists need not open documents. */
export interface StoredMeasureResult {
  measureId: string;
  measureVersion: number;
  /** Null until every scored item is answered. */
  total: number | null;
  severity: string | null;
  answered: number;
  flags: StoredMeasureFlag[];
  scoredAt: number;
}

export function storedMeasureResult(score: MeasureScore, scoredAt: number): StoredMeasureResult {
  return {
    measureId: score.measure.id,
    measureVersion: score.measure.version,
    total: score.total,
    severity: score.severity?.label ?? null,
    answered: score.answeredItemIds.length,
    flags: score.flags.map(({ id, level, message }) => ({ id, level, message })),
    scoredAt,
  };
}

/** An urgent flag (PHQ-9 item 9) asks the practitioner to act whatever the total. */
export function hasSafetyFlag(result: StoredMeasureResult | null): boolean {
  return result?.flags.some((flag) => flag.level === 'urgent') ?? false;
}

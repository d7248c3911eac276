import { findMeasure } from './measureCatalogue.js';
import type { MeasureScore, RaisedFlag } from './scoreMeasure.js';

/** What a scoring says, without the answers: kept on the server's worksheet row, or taken from a live score. */
export interface MeasureResultSummary {
  measureId: string;
  measureVersion: number;
  /** Null until every scored item is answered. */
  total: number | null;
  severity: string | null;
  answered: number;
  flags: RaisedFlag[];
}

/** What the therapist is shown of a measure, whether the server stored it or the browser scored it live. */
export interface MeasureDisplay {
  title: string;
  total: number | null;
  maxTotal: number;
  severity: string | null;
  answered: number;
  itemCount: number;
  flags: RaisedFlag[];
}

/** The summary of a score (the flags copied, so the score's own objects never travel further). */
export function measureResultSummaryOf(score: MeasureScore): MeasureResultSummary {
  return {
    measureId: score.measure.id,
    measureVersion: score.measure.version,
    total: score.total,
    severity: score.severity?.label ?? null,
    answered: score.answeredItemIds.length,
    flags: score.flags.map(({ id, level, message }) => ({ id, level, message })),
  };
}

/**
 * Names and the maximum come from the catalogue entry the result was scored against; a result of a
 * version this code no longer knows is still shown, by its id and with what it says.
 */
export function measureDisplayOf(result: MeasureResultSummary): MeasureDisplay {
  const measure = findMeasure(result.measureId, result.measureVersion);
  return {
    title: measure?.name ?? result.measureId,
    total: result.total,
    maxTotal: measure?.totalRange.max ?? 0,
    severity: result.severity,
    answered: result.answered,
    itemCount: measure?.items.length ?? result.answered,
    flags: result.flags.map(({ id, level, message }) => ({ id, level, message })),
  };
}

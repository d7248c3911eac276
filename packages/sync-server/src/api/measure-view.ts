import { findMeasure } from '@interlude/schema';
import type { StoredMeasureResult } from '../measures/measure-result.js';

/**
 * The stored measure result as the API shows it to the therapist. Names and the maximum come from the
 * catalogue entry it was scored against; a result of a version this server no longer knows is still shown.
 */
export function measureView(result: StoredMeasureResult) {
  const measure = findMeasure(result.measureId, result.measureVersion);
  return {
    id: result.measureId,
    version: result.measureVersion,
    title: measure?.name ?? result.measureId,
    total: result.total,
    maxTotal: measure?.totalRange.max ?? 0,
    severity: result.severity,
    answered: result.answered,
    itemCount: measure?.items.length ?? result.answered,
    flags: result.flags.map(({ id, level, message }) => ({ id, level, message })),
    scoredAt: new Date(result.scoredAt).toISOString(),
  };
}

import { measureDisplayOf } from '@interlude/schema';
import type { StoredMeasureResult } from '../measures/measure-result.js';

/** The stored measure result as the API shows it to the therapist: the shared display, with its identity and time. */
export function measureView(result: StoredMeasureResult) {
  return {
    id: result.measureId,
    version: result.measureVersion,
    ...measureDisplayOf(result),
    scoredAt: new Date(result.scoredAt).toISOString(),
  };
}

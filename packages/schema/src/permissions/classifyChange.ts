import { jsonEqual } from '../content/jsonEqual.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { templateProjection } from './templateProjection.js';

/** What a change touches: nothing, only the client's answers, or the therapist's template. */
export type ChangeKind = 'none' | 'response' | 'template';

export function classifyChange(before: WorksheetJSON, after: WorksheetJSON): ChangeKind {
  if (jsonEqual(before, after)) return 'none';
  return jsonEqual(templateProjection(before), templateProjection(after)) ? 'response' : 'template';
}

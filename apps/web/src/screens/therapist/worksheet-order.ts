import type { WorksheetStatus, WorksheetSummary } from '../../api/types';
import { needsAttention } from '../measures/measure-display';

/**
 * What a therapist looks at first: a safety flag (whatever the status), then work waiting for review,
 * then open work by due date (drafts among it: they wait for the therapist to send them), then done.
 */
const statusRank: Record<WorksheetStatus, number> = {
  'handed-in': 0,
  started: 1,
  assigned: 1,
  draft: 1,
  reviewed: 2,
};

export function orderForTherapist(worksheets: readonly WorksheetSummary[]): WorksheetSummary[] {
  return [...worksheets].sort(
    (a, b) =>
      Number(needsAttention(b)) - Number(needsAttention(a)) ||
      statusRank[a.status] - statusRank[b.status] ||
      (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
      a.title.localeCompare(b.title),
  );
}

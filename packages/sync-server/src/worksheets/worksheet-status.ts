/**
 * Progress of an assigned worksheet, derived on the server from stored edits and the therapist's review;
 * a draft (not yet sent, so the client cannot see it) comes before all of them.
 */
export type WorksheetStatus = 'draft' | 'assigned' | 'started' | 'handed-in' | 'reviewed';

export interface WorksheetProgressFacts {
  sentAt: number | null;
  startedAt: number | null;
  handedInAt: string | null;
  reviewedAt: number | null;
  /** The client's last stored edit: edits after a review put the worksheet back in the therapist's queue. */
  lastClientActivityAt: number | null;
  dueDate: string | null;
}

export function worksheetStatus(facts: WorksheetProgressFacts): WorksheetStatus {
  const changedSinceReview =
    facts.reviewedAt !== null &&
    facts.lastClientActivityAt !== null &&
    facts.lastClientActivityAt > facts.reviewedAt;
  if (facts.sentAt === null) return 'draft';
  if (facts.handedInAt && facts.reviewedAt !== null && !changedSinceReview) return 'reviewed';
  if (facts.handedInAt) return 'handed-in';
  if (facts.startedAt !== null) return 'started';
  return 'assigned';
}

/**
 * Overdue: the due day (a calendar date, taken as ending at 23:59:59 UTC) has passed and it is not handed
 * in. A draft is never overdue: its client has not been given it yet.
 */
export function isOverdue(facts: WorksheetProgressFacts, now: number): boolean {
  if (!facts.dueDate || facts.handedInAt || facts.sentAt === null) return false;
  return now > Date.parse(`${facts.dueDate}T23:59:59.999Z`);
}

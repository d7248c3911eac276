import type { ApiWorksheetOccurrence } from '@interlude/schema/api';
import { hasSafetyFlag } from '../measures/measure-result.js';
import type { ClientRecord, Practice, User } from '../people/people-types.js';
import { isOverdue, worksheetStatus } from '../worksheets/worksheet-status.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';
import { measureView } from './measure-view.js';

/** Converts records into the API's JSON shapes (times as ISO strings). */
const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());

export function userView(user: User) {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role };
}

export function practiceView(practice: Practice) {
  return {
    id: practice.id,
    name: practice.name,
    crisisText: practice.crisisText,
    timeZone: practice.timeZone,
  };
}

export function worksheetView(
  worksheet: WorksheetRecord,
  client: ClientRecord,
  access: { readOnly: boolean },
  now: number,
  viewerRole: User['role'],
  series: ApiWorksheetOccurrence | null,
  newComments: number,
) {
  return {
    id: worksheet.id,
    title: worksheet.title,
    kind: worksheet.kind,
    templateId: worksheet.templateId,
    clientId: worksheet.clientId,
    clientDisplayName: client.displayName,
    status: worksheetStatus(worksheet),
    dueDate: worksheet.dueDate,
    note: worksheet.note,
    assignedAt: iso(worksheet.assignedAt)!,
    sentAt: iso(worksheet.sentAt),
    startedAt: iso(worksheet.startedAt),
    handedInAt: worksheet.handedInAt,
    reviewedAt: iso(worksheet.reviewedAt),
    lastClientActivityAt: iso(worksheet.lastClientActivityAt),
    overdue: isOverdue(worksheet, now),
    readOnly: access.readOnly,
    // Scores and bands are for the clinician to interpret; the client's app shows crisis help itself.
    measure:
      viewerRole === 'therapist' && worksheet.measureResult ? measureView(worksheet.measureResult) : null,
    repairs:
      viewerRole === 'therapist'
        ? { count: worksheet.repairCount, lastAt: iso(worksheet.lastRepairedAt) }
        : null,
    series,
    newComments,
  };
}

/**
 * `counts` tallies worksheets by current status (drafts, not yet sent, first); `overdue` overlaps with assigned/started;
 * `flaggedWorksheets` counts safety flags not yet reviewed, whatever the status; `newComments` sums the
 * viewer's new comments over the client's worksheets (`newComments`, by worksheet id).
 */
export function clientView(
  client: ClientRecord,
  worksheets: WorksheetRecord[],
  now: number,
  newComments: ReadonlyMap<string, number>,
) {
  const counts = {
    drafts: 0,
    assigned: 0,
    started: 0,
    handedIn: 0,
    reviewed: 0,
    overdue: 0,
    flaggedWorksheets: 0,
    newComments: 0,
  };
  let lastActivityAt: number | null = null;
  for (const worksheet of worksheets) {
    const status = worksheetStatus(worksheet);
    if (status === 'draft') counts.drafts++;
    else if (status === 'assigned') counts.assigned++;
    else if (status === 'started') counts.started++;
    else if (status === 'handed-in') counts.handedIn++;
    else counts.reviewed++;
    if (isOverdue(worksheet, now)) counts.overdue++;
    if (status !== 'reviewed' && hasSafetyFlag(worksheet.measureResult)) counts.flaggedWorksheets++;
    counts.newComments += newComments.get(worksheet.id) ?? 0;
    const activity = worksheet.lastClientActivityAt;
    if (activity !== null && (lastActivityAt === null || activity > lastActivityAt))
      lastActivityAt = activity;
  }
  return {
    id: client.userId,
    displayName: client.displayName,
    email: client.email,
    status: client.status,
    access: client.access,
    lastActivityAt: iso(lastActivityAt),
    counts,
  };
}

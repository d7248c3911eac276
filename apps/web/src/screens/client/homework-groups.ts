import type { WorksheetSummary } from '../../api/types';

export interface HomeworkGroups {
  overdue: WorksheetSummary[];
  fresh: WorksheetSummary[];
  inProgress: WorksheetSummary[];
  done: WorksheetSummary[];
}

/** Soonest due first; worksheets without a due date after those with one. */
function byDueDate(a: WorksheetSummary, b: WorksheetSummary): number {
  return (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31');
}

/** Sorts a client's worksheets into what needs attention first: overdue, new, started, done. */
export function groupHomework(worksheets: WorksheetSummary[]): HomeworkGroups {
  const done = worksheets.filter(
    (worksheet) => worksheet.status === 'handed-in' || worksheet.status === 'reviewed',
  );
  const open = worksheets.filter((worksheet) => !done.includes(worksheet)).sort(byDueDate);
  return {
    overdue: open.filter((worksheet) => worksheet.overdue),
    fresh: open.filter((worksheet) => !worksheet.overdue && worksheet.status === 'assigned'),
    inProgress: open.filter((worksheet) => !worksheet.overdue && worksheet.status === 'started'),
    done: done.sort((a, b) => String(b.handedInAt ?? '').localeCompare(String(a.handedInAt ?? ''))),
  };
}

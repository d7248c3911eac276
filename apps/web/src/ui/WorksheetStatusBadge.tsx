import type { WorksheetStatus } from '../api/types';

const labels: Record<WorksheetStatus, string> = {
  draft: 'Draft',
  assigned: 'Not started',
  started: 'In progress',
  'handed-in': 'Handed in',
  reviewed: 'Reviewed',
};

export function worksheetStatusLabel(status: WorksheetStatus): string {
  return labels[status];
}

/** Status as words (never colour alone), with an "Overdue" flag beside it when it applies. */
export function WorksheetStatusBadge({ status, overdue }: { status: WorksheetStatus; overdue?: boolean }) {
  return (
    <span className="badges">
      <span className={`badge badge--${status}`}>{labels[status]}</span>
      {overdue ? <span className="badge badge--overdue">Overdue</span> : null}
    </span>
  );
}

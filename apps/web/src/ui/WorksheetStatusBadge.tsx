import { worksheetStatusLabel } from '@interlude/schema/api';
import type { WorksheetStatus } from '../api/types';

export { worksheetStatusLabel };

/** Status as words (never colour alone), with an "Overdue" flag beside it when it applies. */
export function WorksheetStatusBadge({ status, overdue }: { status: WorksheetStatus; overdue?: boolean }) {
  return (
    <span className="badges">
      <span className={`badge badge--${status}`}>{worksheetStatusLabel(status)}</span>
      {overdue ? <span className="badge badge--overdue">Overdue</span> : null}
    </span>
  );
}

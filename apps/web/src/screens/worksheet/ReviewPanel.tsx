import { errorMessage } from '../../api/http';
import type { WorksheetSummary } from '../../api/types';
import { useMarkReviewed } from '../../api/worksheets';
import { Button } from '../../ui/Button';
import { formatMoment } from '../../ui/dates';
import { Notice } from '../../ui/Notice';

/** The therapist's side of a handed-in worksheet: mark it reviewed. */
export function ReviewPanel({
  worksheet,
  handedInAt,
}: {
  worksheet: WorksheetSummary;
  handedInAt: string | null;
}) {
  const markReviewed = useMarkReviewed();
  const handedIn = handedInAt ?? worksheet.handedInAt;
  if (!handedIn) return null;
  if (worksheet.status === 'reviewed' || markReviewed.isSuccess) {
    return (
      <div className="hand-in hand-in--done" role="status">
        <p className="hand-in__title">Reviewed</p>
        <p className="muted">Handed in {formatMoment(handedIn)}.</p>
      </div>
    );
  }
  return (
    <div className="hand-in">
      <div>
        <p className="hand-in__title">{worksheet.clientDisplayName} handed this in</p>
        <p className="muted">{formatMoment(handedIn)}</p>
      </div>
      {markReviewed.error ? <Notice tone="error">{errorMessage(markReviewed.error)}</Notice> : null}
      <Button
        variant="primary"
        busy={markReviewed.isPending}
        onClick={() => markReviewed.mutate(worksheet.id)}
      >
        Mark reviewed
      </Button>
    </div>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/http';
import type { WorksheetSummary } from '../../api/types';
import { useDeleteWorksheet, useEndSeries, useMarkReviewed, useSendWorksheet } from '../../api/worksheets';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatDueDate, formatRelative } from '../../ui/dates';
import { NewCommentsBadge } from '../../ui/NewCommentsBadge';
import { Notice } from '../../ui/Notice';
import { WorksheetStatusBadge } from '../../ui/WorksheetStatusBadge';
import { MeasureSummary } from '../measures/MeasureSummary';
import { needsAttention } from '../measures/measure-display';
import { NeedsAttentionBadge } from '../measures/NeedsAttentionBadge';
import { latestRunningOccurrences } from './latest-occurrences';
import { repairsLine } from './repairs-line';
import { occurrenceLabel } from './repeat-description';

export interface WorksheetListProps {
  worksheets: WorksheetSummary[];
  /** Name the client on each row (lists that span clients). */
  showClient?: boolean;
  /** Offer delete (on a client's page). */
  allowDelete?: boolean;
  /** Told after a worksheet was marked reviewed (the card may then leave the list). */
  onMarkedReviewed?: (worksheet: WorksheetSummary) => void;
}

/** A therapist's view of worksheets: status, due date, last client activity; send a draft, review, delete. */
export function WorksheetList({
  worksheets,
  showClient = false,
  allowDelete = false,
  onMarkedReviewed,
}: WorksheetListProps) {
  const markReviewed = useMarkReviewed();
  const send = useSendWorksheet();
  const remove = useDeleteWorksheet();
  const endSeries = useEndSeries();
  const endable = latestRunningOccurrences(worksheets);
  const [deleting, setDeleting] = useState<WorksheetSummary | null>(null);

  return (
    <>
      {markReviewed.error ? <Notice tone="error">{errorMessage(markReviewed.error)}</Notice> : null}
      {send.error ? <Notice tone="error">{errorMessage(send.error)}</Notice> : null}
      {endSeries.error ? <Notice tone="error">{errorMessage(endSeries.error)}</Notice> : null}
      <ul className="card-list">
        {worksheets.map((worksheet) => (
          <li key={worksheet.id} className="card worksheet-card">
            <div className="worksheet-card__head">
              <Link to={`/worksheets/${worksheet.id}`} className="worksheet-card__title">
                {worksheet.title}
              </Link>
              <WorksheetStatusBadge status={worksheet.status} overdue={worksheet.overdue} />
              {needsAttention(worksheet) ? <NeedsAttentionBadge /> : null}
              <NewCommentsBadge count={worksheet.newComments} />
            </div>
            <p className="muted">
              {showClient ? `${worksheet.clientDisplayName} · ` : ''}
              {worksheet.dueDate ? `Due ${formatDueDate(worksheet.dueDate)}` : 'No due date'}
              {' · '}
              {worksheet.status === 'draft'
                ? 'a draft: only you can see it until you send it'
                : worksheet.lastClientActivityAt
                  ? `client active ${formatRelative(worksheet.lastClientActivityAt)}`
                  : 'no client activity yet'}
            </p>
            {worksheet.series ? (
              <p className="muted">
                Repeats: {occurrenceLabel(worksheet.series)}
                {worksheet.series.nextOn ? `, next on ${formatDueDate(worksheet.series.nextOn)}` : ''}
              </p>
            ) : null}
            {worksheet.measure ? <MeasureSummary measure={worksheet.measure} /> : null}
            {worksheet.note ? <p className="worksheet-card__note">Note: {worksheet.note}</p> : null}
            {repairsLine(worksheet.repairs) ? (
              <p className="muted">{repairsLine(worksheet.repairs)}</p>
            ) : null}
            <div className="worksheet-card__actions">
              {worksheet.status === 'draft' ? (
                <Button
                  variant="primary"
                  busy={send.isPending && send.variables === worksheet.id}
                  onClick={() => send.mutate(worksheet.id)}
                  aria-label={`Send to client: ${worksheet.title}`}
                >
                  Send to client
                </Button>
              ) : null}
              {worksheet.status === 'handed-in' ? (
                <Button
                  variant="primary"
                  busy={markReviewed.isPending && markReviewed.variables === worksheet.id}
                  onClick={() =>
                    // Not mutate's own onSuccess: it is dropped when this list unmounts first, as it does when
                    // the last waiting card leaves the dashboard. A failure shows from markReviewed.error.
                    markReviewed.mutateAsync(worksheet.id).then(
                      () => onMarkedReviewed?.(worksheet),
                      () => undefined,
                    )
                  }
                  aria-label={`Mark reviewed: ${worksheet.title}`}
                >
                  Mark reviewed
                </Button>
              ) : null}
              {worksheet.status === 'draft' ? null : (
                <Link
                  className="button button--secondary"
                  to={`/worksheets/${worksheet.id}/review`}
                  aria-label={`What changed: ${worksheet.title}`}
                >
                  What changed
                </Link>
              )}
              {worksheet.series && endable.has(worksheet.id) ? (
                <Button
                  busy={endSeries.isPending && endSeries.variables === worksheet.series.id}
                  onClick={() => endSeries.mutate(worksheet.series!.id)}
                  aria-label={`End repeats: ${worksheet.title}`}
                >
                  End repeats
                </Button>
              ) : null}
              {allowDelete ? (
                <Button
                  variant="quiet"
                  onClick={() => setDeleting(worksheet)}
                  aria-label={`Delete: ${worksheet.title}`}
                >
                  Delete
                </Button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete worksheet"
        busy={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) });
        }}
      >
        <p>
          The worksheet and every answer in it are deleted for you and your client. This cannot be undone.
        </p>
        {remove.error ? <Notice tone="error">{errorMessage(remove.error)}</Notice> : null}
      </ConfirmDialog>
    </>
  );
}

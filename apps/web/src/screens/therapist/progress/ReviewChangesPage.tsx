import { Link, useParams } from 'react-router';
import { errorMessage } from '../../../api/http';
import { type ReviewChanges, useReviewChanges } from '../../../api/progress';
import type { WorksheetSummary } from '../../../api/types';
import { useMarkReviewed, useWorksheet } from '../../../api/worksheets';
import { Button } from '../../../ui/Button';
import { formatDueDate, formatMoment } from '../../../ui/dates';
import { Notice } from '../../../ui/Notice';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryBoundary } from '../../../ui/QueryBoundary';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';
import { WorksheetStatusBadge } from '../../../ui/WorksheetStatusBadge';
import { PrivateNotes } from '../notes/PrivateNotes';
import { NewCommentsList } from './NewCommentsList';

/** Review one worksheet: what the client added or changed since the last review, notes, mark reviewed. */
export function ReviewChangesPage() {
  const { worksheetId = '' } = useParams();
  const worksheet = useWorksheet(worksheetId);
  return (
    <QueryBoundary query={worksheet} loadingLabel="Loading the worksheet…">
      {(loaded) => <ReviewScreen worksheet={loaded} />}
    </QueryBoundary>
  );
}

function ReviewScreen({ worksheet }: { worksheet: WorksheetSummary }) {
  useDocumentTitle(`Review: ${worksheet.title}`);
  const changes = useReviewChanges(worksheet.id);
  const markReviewed = useMarkReviewed();
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to={`/clients/${encodeURIComponent(worksheet.clientId)}`}>
            ← {worksheet.clientDisplayName}
          </Link>
        }
        title={`Review: ${worksheet.title}`}
        description={<WorksheetStatusBadge status={worksheet.status} overdue={worksheet.overdue} />}
        actions={
          <>
            <Link className="button button--secondary" to={`/worksheets/${encodeURIComponent(worksheet.id)}`}>
              Open worksheet
            </Link>
            <Link
              className="button button--secondary"
              to={`/worksheets/${encodeURIComponent(worksheet.id)}/print`}
            >
              Print view
            </Link>
          </>
        }
      />
      <section aria-labelledby="changes-heading" className="section">
        <h2 id="changes-heading" className="section__title">
          What changed
        </h2>
        <QueryBoundary query={changes} loadingLabel="Comparing with your last review…">
          {(loaded) => <ChangeList changes={loaded} />}
        </QueryBoundary>
        {markReviewed.error ? <Notice tone="error">{errorMessage(markReviewed.error)}</Notice> : null}
        {worksheet.status === 'handed-in' ? (
          <Button
            variant="primary"
            busy={markReviewed.isPending}
            onClick={() => markReviewed.mutate(worksheet.id, { onSuccess: () => changes.refetch() })}
          >
            Mark reviewed
          </Button>
        ) : null}
      </section>
      <section aria-labelledby="worksheet-notes-heading" className="section">
        <h2 id="worksheet-notes-heading" className="section__title">
          Private notes on this worksheet
        </h2>
        <PrivateNotes clientId={worksheet.clientId} worksheets={[worksheet]} worksheetId={worksheet.id} />
      </section>
    </>
  );
}

const changeWord = { new: 'New', changed: 'Changed', cleared: 'Cleared' } as const;

function ChangeList({ changes }: { changes: ReviewChanges }) {
  const nothing =
    changes.answers.length === 0 && changes.newEntries.length === 0 && changes.newComments.length === 0;
  return (
    <div className="review-changes">
      <p className="muted">
        {changes.since
          ? `Since you last marked it reviewed, ${formatMoment(changes.since)}.`
          : 'Not reviewed yet: everything the client has answered.'}
      </p>
      {nothing ? <p className="empty">Nothing new since then.</p> : null}
      {changes.newEntries.length > 0 ? (
        <>
          <h3 className="review-changes__heading">New entries</h3>
          <ul>
            {changes.newEntries.map((entry) => (
              <li key={entry.entryId}>
                {entry.groupLabel}: {entry.date ? formatDueDate(entry.date) : 'no date'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changes.answers.length > 0 ? (
        <>
          <h3 className="review-changes__heading">Answers</h3>
          <ul className="review-changes__answers">
            {changes.answers.map((answer) => (
              <li key={`${answer.entryId ?? ''}-${answer.nodeId}`} data-change={answer.change}>
                <span className="review-changes__kind">{changeWord[answer.change]}</span>{' '}
                <span className="review-changes__label">
                  {answer.label}
                  {answer.entryDate ? ` (${formatDueDate(answer.entryDate)})` : ''}
                </span>
                {': '}
                {answer.change === 'changed' ? (
                  <>
                    <del>{answer.before}</del> → <ins>{answer.after}</ins>
                  </>
                ) : answer.change === 'cleared' ? (
                  <del>{answer.before}</del>
                ) : (
                  <ins>{answer.after}</ins>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {changes.newComments.length > 0 ? (
        <>
          <h3 className="review-changes__heading">New comments</h3>
          <NewCommentsList comments={changes.newComments} />
        </>
      ) : null}
    </div>
  );
}

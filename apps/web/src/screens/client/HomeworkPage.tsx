import { Link } from 'react-router';
import type { WorksheetSummary } from '../../api/types';
import { useWorksheets } from '../../api/worksheets';
import { useSignedInMe } from '../../auth/signed-in';
import { ListSyncStatus } from '../../local/ListSyncStatus';
import { formatDueDate, formatMoment } from '../../ui/dates';
import { NewCommentsBadge } from '../../ui/NewCommentsBadge';
import { PageHeader } from '../../ui/PageHeader';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { WorksheetStatusBadge } from '../../ui/WorksheetStatusBadge';
import { occurrenceLabel } from '../therapist/repeat-description';
import { CrisisInformation } from './CrisisInformation';
import { groupHomework } from './homework-groups';

/** How often the list asks again while open: a worksheet assigned in session shows up without a reload. */
const HOMEWORK_REFRESH_MS = 15_000;

/** The client's portal: their worksheets, what is due, what is done. */
export function HomeworkPage() {
  useDocumentTitle('My homework');
  const me = useSignedInMe();
  const worksheets = useWorksheets({ refetchInterval: HOMEWORK_REFRESH_MS });
  return (
    <>
      <PageHeader
        eyebrow={me.practice.name}
        title="My homework"
        description={`Hello ${me.user.displayName}. Here is what you and your therapist are working on.`}
      />
      <QueryBoundary query={worksheets} loadingLabel="Loading your worksheets…">
        {(list) => <HomeworkSections worksheets={list} />}
      </QueryBoundary>
      <CrisisInformation text={me.practice.crisisText} />
    </>
  );
}

function HomeworkSections({ worksheets }: { worksheets: WorksheetSummary[] }) {
  const { user } = useSignedInMe();
  if (worksheets.length === 0) {
    return (
      <p className="empty">Nothing assigned yet. Worksheets your therapist gives you will appear here.</p>
    );
  }
  const groups = groupHomework(worksheets);
  return (
    <>
      <HomeworkSection id="overdue" title="Overdue" worksheets={groups.overdue} userId={user.id} />
      <HomeworkSection id="new" title="New" worksheets={groups.fresh} userId={user.id} />
      <HomeworkSection id="in-progress" title="In progress" worksheets={groups.inProgress} userId={user.id} />
      <HomeworkSection id="done" title="Done" worksheets={groups.done} userId={user.id} />
    </>
  );
}

function HomeworkSection({
  id,
  title,
  worksheets,
  userId,
}: {
  id: string;
  title: string;
  worksheets: WorksheetSummary[];
  userId: string;
}) {
  if (worksheets.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-heading`} className="section">
      <h2 id={`${id}-heading`} className="section__title">
        {title} <span className="count">({worksheets.length})</span>
      </h2>
      <ul className="card-list">
        {worksheets.map((worksheet) => (
          <li key={worksheet.id} className="card worksheet-card">
            <div className="worksheet-card__head">
              <Link to={`/worksheets/${worksheet.id}`} className="worksheet-card__title">
                {worksheet.title}
              </Link>
              <WorksheetStatusBadge status={worksheet.status} overdue={worksheet.overdue} />
              <NewCommentsBadge count={worksheet.newComments} />
            </div>
            <p className="muted">
              {describeTiming(worksheet)}
              {/* Repeating homework: the same title each time, so say which one this is. */}
              {worksheet.series ? ` · ${occurrenceLabel({ ...worksheet.series, endedAt: null })}` : null}
            </p>
            <ListSyncStatus userId={userId} worksheetId={worksheet.id} />
            {/* Plain text from the therapist: React escapes it, and pre-line keeps their line breaks. */}
            {worksheet.note ? (
              <p className="worksheet-card__note">
                <span className="visually-hidden">Note from your therapist: </span>
                {worksheet.note}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function describeTiming(worksheet: WorksheetSummary): string {
  if (worksheet.handedInAt) return `Handed in ${formatMoment(worksheet.handedInAt)}`;
  if (worksheet.dueDate) return `Due ${formatDueDate(worksheet.dueDate)}`;
  return 'No due date';
}

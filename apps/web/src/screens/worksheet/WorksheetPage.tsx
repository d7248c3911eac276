import { closeEndsEditing } from '@interlude/schema/sync';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/http';
import type { Me, WorksheetSummary } from '../../api/types';
import { useWorksheet } from '../../api/worksheets';
import { useSignedInMe } from '../../auth/signed-in';
import { formatDueDate } from '../../ui/dates';
import { Notice } from '../../ui/Notice';
import { QueryBoundary } from '../../ui/QueryBoundary';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { WorksheetStatusBadge } from '../../ui/WorksheetStatusBadge';
import { CrisisInformation } from '../client/CrisisInformation';
import { CrisisPrompt } from '../measures/CrisisPrompt';
import { MeasureBanner } from '../measures/MeasureBanner';
import { urgentFlags, withKeptFlags } from '../measures/measure-display';
import { ClosedNotice } from './ClosedNotice';
import { CompletionMeter } from './CompletionMeter';
import { ConnectionStatus } from './ConnectionStatus';
import { DownloadAnswers } from './DownloadAnswers';
import { colorForUser, WorksheetEditor } from './editor-bridge';
import { HandInPanel } from './HandInPanel';
import { handInDelivery } from './hand-in-delivery';
import { LivePresence } from './LivePresence';
import { liveWorksheetStatus } from './live-status';
import { ReviewPanel } from './ReviewPanel';
import { SendDraftPanel } from './SendDraftPanel';
import { useCompletion } from './useCompletion';
import { useLiveMeasure } from './useLiveMeasure';
import { useMarkCommentsSeen } from './useMarkCommentsSeen';
import { useRefreshListsAfterWork } from './useRefreshListsAfterWork';
import { useStillLoading } from './useStillLoading';
import { useWorksheetComments } from './useWorksheetComments';
import { useWorksheetMeta } from './useWorksheetMeta';
import { useWorksheetSession } from './useWorksheetSession';
import { WorksheetComments } from './WorksheetComments';

/** `/worksheets/:worksheetId`: the live worksheet, for the therapist (author) or the client (respond). */
export function WorksheetPage() {
  const { worksheetId = '' } = useParams();
  const worksheet = useWorksheet(worksheetId);
  if (worksheet.error instanceof ApiError && worksheet.error.status === 404) {
    return (
      <Notice tone="warning" title="This worksheet was not found">
        <p>It may have been deleted, or it is not shared with you.</p>
        <Link to="/">Back to your start page</Link>
      </Notice>
    );
  }
  return (
    <QueryBoundary query={worksheet} loadingLabel="Opening the worksheet…">
      {(summary) => <LiveWorksheet key={summary.id} summary={summary} />}
    </QueryBoundary>
  );
}

function LiveWorksheet({ summary }: { summary: WorksheetSummary }) {
  const me = useSignedInMe();
  const isClient = me.user.role === 'client';
  const user = { id: me.user.id, name: me.user.displayName, color: colorForUser(me.user.id, me.user.role) };
  const { session, connection, unsaved, loaded } = useWorksheetSession(summary.id, user, {
    title: summary.title,
  });
  const meta = useWorksheetMeta(session?.doc ?? null);
  const progress = useCompletion(session?.doc ?? null);
  // Scored in the browser as answers change, so crisis help appears at once (offline too).
  const liveMeasure = useLiveMeasure(session?.doc ?? null);
  const safetyFlagged = urgentFlags(liveMeasure).length > 0;
  const title = meta.title ?? summary.title;
  useDocumentTitle(title);
  const closed = connection.closed;
  // A refused or vanished worksheet cannot save anything: stop inviting edits that would go nowhere.
  const readOnly = summary.readOnly || (closed !== null && closeEndsEditing(closed.code));
  const comments = useWorksheetComments(session?.doc ?? null, me, readOnly);
  useRefreshListsAfterWork(
    connection.status === 'all-saved' && connection.link === 'online',
    session?.doc ?? null,
  );
  const markCommentsSeen = useMarkCommentsSeen(summary.id);
  // Comments arriving before the device's copy and the first sync are in were there before: not news.
  const commentsLoading = useStillLoading(session?.doc ?? null, loaded, connection.link, closed !== null);

  return (
    <article className="worksheet" aria-labelledby="worksheet-title">
      <header className="worksheet__header">
        <div className="worksheet__heading">
          <BackLink me={me} summary={summary} />
          <h1 id="worksheet-title" className="worksheet__title">
            {title}
          </h1>
          <p className="worksheet__facts">
            {isClient ? null : <span>{summary.clientDisplayName}</span>}
            <span>{summary.dueDate ? `Due ${formatDueDate(summary.dueDate)}` : 'No due date'}</span>
            <WorksheetStatusBadge
              status={liveWorksheetStatus(summary.status, meta.handedInAt)}
              overdue={summary.overdue && !meta.handedInAt}
            />
          </p>
          <CompletionMeter completion={progress} />
        </div>
        <div className="worksheet__live">
          <ConnectionStatus state={connection} readOnly={readOnly} />
          {session ? (
            <LivePresence session={session} disconnected={connection.link === 'offline' || closed !== null} />
          ) : null}
        </div>
      </header>
      {isClient ? null : <MeasureBanner measure={withKeptFlags(liveMeasure, summary.measure)} />}
      {closed ? <ClosedNotice code={closed.code} reason={closed.reason} /> : null}
      {closed && unsaved && session ? (
        <Notice tone="warning" title="Some changes are only on this device">
          <p>They could not reach the server. Keep a copy, so nothing you wrote is lost.</p>
          <DownloadAnswers doc={session.doc} title={title} />
        </Notice>
      ) : null}
      {summary.readOnly ? (
        <Notice tone="info">
          <p>You can read this worksheet; changes are no longer possible.</p>
          {session && isClient ? <DownloadAnswers doc={session.doc} title={title} /> : null}
        </Notice>
      ) : null}
      <WorksheetComments comments={comments} loading={commentsLoading} onThreadsShown={markCommentsSeen}>
        <div className="worksheet__paper">
          {session ? (
            <WorksheetEditor
              doc={session.doc}
              awareness={session.awareness}
              mode={isClient ? 'respond' : 'author'}
              readOnly={readOnly}
              user={user}
              comments={comments}
            />
          ) : null}
        </div>
      </WorksheetComments>
      {isClient && safetyFlagged ? <CrisisPrompt crisisText={me.practice.crisisText} /> : null}
      {session && isClient ? (
        <HandInPanel
          doc={session.doc}
          handedInAt={meta.handedInAt}
          delivery={
            meta.handedInAt
              ? handInDelivery({
                  localHandedInAt: meta.handedInAt,
                  server: summary,
                  connection,
                })
              : null
          }
          reviewedAt={summary.reviewedAt}
          readOnly={readOnly}
          missingRequired={progress ? progress.requiredTotal - progress.requiredAnswered : 0}
        />
      ) : null}
      {!isClient ? <SendDraftPanel worksheet={summary} /> : null}
      {!isClient ? <ReviewPanel worksheet={summary} handedInAt={meta.handedInAt} /> : null}
      {isClient && !safetyFlagged ? <CrisisInformation text={me.practice.crisisText} /> : null}
    </article>
  );
}

function BackLink({ me, summary }: { me: Me; summary: WorksheetSummary }) {
  if (me.user.role === 'client') return <Link to="/homework">← My homework</Link>;
  return <Link to={`/clients/${summary.clientId}`}>← {summary.clientDisplayName}</Link>;
}

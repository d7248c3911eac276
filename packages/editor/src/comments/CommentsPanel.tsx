import { useEffect, useId, useRef, useState } from 'react';
import { CommentForm } from './CommentForm.js';
import { CommentThreadCard } from './CommentThreadCard.js';
import {
  type CommentsController,
  type CommentsSnapshot,
  fallbackAdvice,
  fallbackButtonLabel,
} from './comments-controller.js';
import type { PlacedThread } from './thread-anchors.js';
import { useCommentAnnouncements } from './use-comment-announcements.js';
import { useComments } from './use-comments.js';

export interface CommentsPanelProps {
  comments: CommentsController;
  /** Beside the worksheet (wide screens), or a sheet at the bottom that opens and closes (phones). */
  presentation?: 'side' | 'sheet';
  /** The time relative times are counted from. Default: this device's clock, read at each render. */
  now?: () => Date;
  /** Told when comments from others are in front of the person, again as more arrive (to mark them seen). */
  onThreadsShown?: () => void;
  /**
   * True while the document is still filling in (loaded from the device, first sync): comments that arrive
   * meanwhile were there before the page opened and are not announced as new.
   */
  loading?: boolean;
}

const isOpen = (placed: PlacedThread) => placed.thread.start.resolvedAt === null;

const startOfMinute = () => Math.floor(Date.now() / 60_000) * 60_000;

/** The current minute on this device, renewed each minute while `running` ("just now" becomes "1 minute ago"). */
function useMinuteTick(running: boolean): number {
  const [minute, setMinute] = useState(startOfMinute);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setMinute(startOfMinute()), 15_000);
    return () => clearInterval(timer);
  }, [running]);
  return minute;
}

/**
 * The comment threads of a worksheet in document order, then the detached ones (whose text or block is gone),
 * with the comment being written on top. A labelled region; new comments from others and the results of the
 * person's own actions are announced in a polite live region.
 */
export function CommentsPanel({
  comments,
  presentation = 'side',
  now,
  onThreadsShown,
  loading = false,
}: CommentsPanelProps) {
  const snapshot = useComments(comments);
  const { message, announce } = useCommentAnnouncements(snapshot, loading);
  const headingId = useId();
  const bodyId = useId();
  const [sheetOpen, setSheetOpen] = useState(false);
  const open = presentation === 'side' || sheetOpen;
  const list = useRef<HTMLDivElement>(null);
  const minute = useMinuteTick(now === undefined);
  // Relative times count in minutes: a time that changes only by the minute lets unchanged threads skip rendering.
  const currentTime = now?.() ?? new Date(minute);

  // A comment begun, or an anchor clicked in the worksheet, opens the sheet in the same render, so the new
  // comment's box can take focus and the clicked thread can be scrolled to.
  const draftSerial = snapshot.draft?.serial ?? null;
  const activation = snapshot.activation;
  const [seen, setSeen] = useState({ draftSerial, activation });
  if (seen.draftSerial !== draftSerial || seen.activation !== activation) {
    setSeen({ draftSerial, activation });
    if (draftSerial !== null && draftSerial !== seen.draftSerial) setSheetOpen(true);
    if (activation !== seen.activation && activation?.from === 'worksheet') setSheetOpen(true);
    // "Show in the worksheet" from a sheet: the sheet gets out of the way of what it showed.
    if (activation !== seen.activation && activation?.revealed && presentation === 'sheet')
      setSheetOpen(false);
  }
  // Once the new comment's box is shown (and a sheet has opened over the page), bring its anchor into sight.
  useEffect(() => {
    if (draftSerial !== null) comments.revealDraft();
  }, [draftSerial, comments]);
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (activation?.revealed && presentation === 'sheet') toggle.current?.focus({ preventScroll: true });
  }, [activation, presentation]);
  useEffect(() => {
    if (activation?.from !== 'worksheet') return;
    const cards = list.current?.querySelectorAll('[data-thread-id]') ?? [];
    const card = [...cards].find((element) => element.getAttribute('data-thread-id') === activation.threadId);
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [activation]);

  const visible = (placed: PlacedThread) => snapshot.showResolved || isOpen(placed);
  const shownThreads = snapshot.placed.filter(visible);
  const shownDetached = snapshot.detached.filter(visible);
  const all = [...snapshot.placed, ...snapshot.detached];
  const openCount = all.filter(isOpen).length;
  const resolvedCount = all.length - openCount;
  // Comments from others in front of the person: each time more appear, the page may mark them seen.
  const shownFromOthers = open
    ? [...shownThreads, ...shownDetached]
        .flatMap(({ thread }) => [thread.start, ...thread.replies])
        .filter((record) => record.authorId !== snapshot.author.id).length
    : 0;
  const threadsShown = useRef(onThreadsShown);
  threadsShown.current = onThreadsShown;
  useEffect(() => {
    if (shownFromOthers > 0) threadsShown.current?.();
  }, [shownFromOthers]);

  return (
    <section
      className={`comments-panel comments-panel--${presentation}`}
      aria-labelledby={headingId}
      data-open={open}
      data-writing={snapshot.draft ? true : undefined}
    >
      <div className="comments-panel__bar">
        <h2 id={headingId} className="comments-panel__title">
          Comments
        </h2>
        <span className="comments-panel__count">{openCount === 1 ? '1 open' : `${openCount} open`}</span>
        {presentation === 'sheet' ? (
          <button
            type="button"
            ref={toggle}
            className="comment-button comments-panel__toggle"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setSheetOpen(!open)}
          >
            {open ? 'Hide comments' : 'Show comments'}
          </button>
        ) : null}
      </div>
      <div id={bodyId} className="comments-panel__body" ref={list} hidden={!open}>
        {snapshot.draft ? <NewComment comments={comments} snapshot={snapshot} announce={announce} /> : null}
        {resolvedCount > 0 ? (
          <label className="comments-panel__show-resolved">
            <input
              type="checkbox"
              checked={snapshot.showResolved}
              onChange={(event) => comments.setShowResolved(event.target.checked)}
            />{' '}
            Show resolved ({resolvedCount})
          </label>
        ) : null}
        {!snapshot.ready ? (
          <p className="comments-panel__empty">Loading comments…</p>
        ) : shownThreads.length + shownDetached.length === 0 && !snapshot.draft ? (
          <p className="comments-panel__empty">
            {all.length > 0
              ? 'Every thread is resolved.'
              : snapshot.canComment
                ? 'No comments yet. Select text and choose Comment, or use Comment under a question, rating or goal.'
                : 'No comments.'}
          </p>
        ) : null}
        <ThreadList
          threads={shownThreads}
          comments={comments}
          snapshot={snapshot}
          now={currentTime}
          announce={announce}
        />
        {shownDetached.length > 0 ? (
          <DetachedThreads
            threads={shownDetached}
            comments={comments}
            snapshot={snapshot}
            now={currentTime}
            announce={announce}
          />
        ) : null}
      </div>
      <p className="interlude-visually-hidden" role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}

interface ListProps {
  threads: PlacedThread[];
  comments: CommentsController;
  snapshot: CommentsSnapshot;
  now: Date;
  announce: (message: string) => void;
}

function ThreadList({ threads, comments, snapshot, now, announce }: ListProps) {
  if (threads.length === 0) return null;
  return (
    <ol className="comments-panel__threads">
      {threads.map((placed) => (
        <li key={placed.thread.start.id}>
          <CommentThreadCard
            placed={placed}
            comments={comments}
            active={snapshot.activeThreadId === placed.thread.start.id}
            now={now}
            announce={announce}
          />
        </li>
      ))}
    </ol>
  );
}

function DetachedThreads(props: ListProps) {
  const headingId = useId();
  return (
    <section className="comments-panel__detached" aria-labelledby={headingId}>
      <h3 id={headingId} className="comments-panel__subtitle">
        Detached
      </h3>
      <p className="comments-panel__note">
        What these comments were on has been removed; the comments are kept.
      </p>
      <ThreadList {...props} />
    </section>
  );
}

function NewComment({ comments, snapshot, announce }: Pick<ListProps, 'comments' | 'snapshot' | 'announce'>) {
  const draft = snapshot.draft;
  if (!draft) return null;
  const finish = () => comments.focusEditor();
  const posted = () => {
    announce('Comment posted.');
    finish();
  };
  const { instead } = draft;
  return (
    <div className="comments-panel__new">
      {instead ? (
        // Shown as soon as it happens; the words typed stay in the box below.
        <p className="comments-panel__new-on comments-panel__new-gone">
          {draft.kind === 'text'
            ? 'The text you chose was deleted meanwhile.'
            : 'What you chose was deleted meanwhile.'}{' '}
          {fallbackAdvice(instead)}
        </p>
      ) : (
        <p className="comments-panel__new-on">
          {draft.kind === 'text' ? (
            <>
              New comment on <q>{draft.quote}</q>
            </>
          ) : (
            <>New comment on “{draft.label}”</>
          )}
        </p>
      )}
      <CommentForm
        key={draft.serial}
        label="New comment"
        submitLabel="Comment"
        focusOnMount
        onSubmit={(body) => {
          comments.submitDraft(body);
          posted();
        }}
        alternative={
          instead
            ? {
                label: fallbackButtonLabel(instead),
                onSubmit: (body) => {
                  comments.postDraftInstead(body);
                  posted();
                },
              }
            : undefined
        }
        onCancel={() => {
          comments.cancelDraft();
          finish();
        }}
      />
    </div>
  );
}

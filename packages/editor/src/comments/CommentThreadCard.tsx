import type { CommentThread } from '@interlude/schema';
import { memo, useRef, useState } from 'react';
import { CommentForm } from './CommentForm.js';
import { CommentItem } from './CommentItem.js';
import type { CommentsController } from './comments-controller.js';
import type { PlacedThread } from './thread-anchors.js';

export interface CommentThreadCardProps {
  placed: PlacedThread;
  comments: CommentsController;
  active: boolean;
  now: Date;
  announce: (message: string) => void;
}

/** Who resolved a thread, by the name they comment under in it (or as "you" / "the therapist"). */
function resolverName(thread: CommentThread, comments: CommentsController): string {
  const by = thread.start.resolvedBy;
  if (by === comments.author.id) return 'you';
  const named = [thread.start, ...thread.replies].find((record) => record.authorId === by);
  if (named?.authorName) return named.authorName;
  return thread.start.authorId === by ? 'its author' : 'the therapist';
}

/**
 * A thread: what it is on (a button that shows it in the worksheet), its comments, a reply box and Resolve or
 * Reopen for those allowed. The active thread is marked (`aria-current`) and drawn more strongly.
 */
export const CommentThreadCard = memo(ThreadCard, (before, after) => {
  // Typing elsewhere moves anchors' positions: a card changes only with its thread, quote, label or standing.
  const where = ({ place }: PlacedThread) =>
    place === null ? null : place.kind === 'text' ? `text:${place.quote}` : `node:${place.label}`;
  return (
    before.placed.thread === after.placed.thread &&
    where(before.placed) === where(after.placed) &&
    before.active === after.active &&
    before.now.getTime() === after.now.getTime() &&
    before.comments === after.comments &&
    before.announce === after.announce
  );
});

function ThreadCard({ placed, comments, active, now, announce }: CommentThreadCardProps) {
  const { thread, place } = placed;
  const id = thread.start.id;
  const resolved = thread.start.resolvedAt !== null;
  const [replying, setReplying] = useState(false);
  const replyButton = useRef<HTMLButtonElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const closeReply = () => {
    setReplying(false);
    queueMicrotask(() => replyButton.current?.focus());
  };
  const toggleResolved = () => {
    try {
      comments.setResolved(id, !resolved);
      setProblem(null);
      announce(resolved ? 'Thread reopened.' : 'Thread resolved.');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The thread could not be changed.');
    }
  };

  return (
    <article
      className="comment-thread"
      data-thread-id={id}
      data-active={active || undefined}
      data-resolved={resolved || undefined}
      aria-label={`Comment thread${place === null ? ', detached' : ''}${resolved ? ', resolved' : ''}`}
    >
      {place === null ? (
        <p className="comment-thread__anchor comment-thread__anchor--detached">
          The text this was on has been removed.
        </p>
      ) : (
        <button
          type="button"
          className="comment-thread__anchor"
          aria-current={active ? 'true' : undefined}
          onClick={() => comments.select(id, 'panel')}
        >
          <span className="interlude-visually-hidden">Show in the worksheet:</span>{' '}
          {place.kind === 'text' ? <q>{place.quote}</q> : <span>On “{place.label}”</span>}
        </button>
      )}
      <ol className="comment-thread__comments">
        {[thread.start, ...thread.replies].map((record) => (
          <li key={record.id}>
            <CommentItem record={record} comments={comments} now={now} announce={announce} />
          </li>
        ))}
      </ol>
      {resolved ? (
        <p className="comment-thread__resolved">Resolved by {resolverName(thread, comments)}</p>
      ) : null}
      {replying ? (
        <CommentForm
          label="Reply"
          submitLabel="Reply"
          focusOnMount
          onSubmit={(body) => {
            comments.reply(id, body);
            announce('Reply posted.');
            closeReply();
          }}
          onCancel={closeReply}
        />
      ) : null}
      {comments.canComment && !replying ? (
        <div className="comment-thread__actions">
          {resolved ? null : (
            <button
              type="button"
              ref={replyButton}
              className="comment-button"
              onClick={() => {
                setReplying(true);
                comments.select(id, 'panel', { reveal: false });
              }}
            >
              Reply
            </button>
          )}
          {comments.mayResolve(thread) ? (
            <button type="button" className="comment-button" onClick={toggleResolved}>
              {resolved ? 'Reopen' : 'Resolve'}
            </button>
          ) : null}
        </div>
      ) : null}
      {problem ? (
        <p className="comment-form__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </article>
  );
}

import { describeCommentContext } from '@interlude/schema/api';
import type { WorksheetRecordView } from '../../api/progress';
import { formatMoment } from '../../ui/dates';

type Thread = WorksheetRecordView['comments'][number];
type Comment = Thread['comment'];

const roleName = { therapist: 'therapist', client: 'client' } as const;

function CommentItem({ comment }: { comment: Comment }) {
  return (
    <div className="print-comments__comment">
      <p className="print-comments__byline">
        <strong>{comment.authorName || 'Someone'}</strong> ({roleName[comment.authorRole]}) ·{' '}
        {formatMoment(comment.createdAt)}
        {comment.editedAt && !comment.deleted ? ' · edited' : ''}
      </p>
      {comment.deleted ? (
        <p className="print-view__empty">Comment deleted</p>
      ) : (
        <p className="print-comments__body">{comment.text}</p>
      )}
    </div>
  );
}

/** Every comment thread of the worksheet: where it sits, its comments and replies, and whether it is resolved. */
export function PrintComments({ threads }: { threads: Thread[] }) {
  return (
    <section className="print-comments" aria-labelledby="print-comments">
      <h2 id="print-comments">Comments</h2>
      <ul className="print-comments__threads">
        {threads.map((thread) => (
          <li key={thread.threadId} className="print-comments__thread">
            <p className="print-comments__context">
              {describeCommentContext(thread.context)}
              {thread.resolvedAt ? ` · resolved ${formatMoment(thread.resolvedAt)}` : ''}
            </p>
            <CommentItem comment={thread.comment} />
            {thread.replies.length > 0 ? (
              <ul className="print-comments__replies" aria-label="Replies">
                {thread.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentItem comment={reply} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

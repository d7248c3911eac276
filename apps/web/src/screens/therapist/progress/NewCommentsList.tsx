import { describeCommentContext } from '@interlude/schema/api';
import type { ReviewChanges } from '../../../api/progress';
import { formatMoment } from '../../../ui/dates';

type NewComment = ReviewChanges['newComments'][number];

/** "a reply to Dr Lee’s comment “…”": which thread a reply answers, the first words of its first comment. */
function replyPhrase(replyTo: NonNullable<NewComment['replyTo']>): string {
  if (replyTo.deleted) return `a reply to ${replyTo.authorName}’s deleted comment`;
  const words = replyTo.text.length > 60 ? `${replyTo.text.slice(0, 60)}…` : replyTo.text;
  return `a reply to ${replyTo.authorName}’s comment “${words}”`;
}

/** The client's new comments: who wrote each, where it sits, and what it answers when it is a reply. */
export function NewCommentsList({ comments }: { comments: NewComment[] }) {
  return (
    <ul className="review-changes__comments">
      {comments.map((comment) => (
        <li key={`${comment.threadId}-${comment.createdAt}`}>
          <p className="review-changes__comment-meta">
            <strong>{comment.authorName || 'The client'}</strong> · {formatMoment(comment.createdAt)} ·{' '}
            {comment.replyTo ? `${replyPhrase(comment.replyTo)}, ` : ''}
            {describeCommentContext(comment.context)}
          </p>
          <p className="review-changes__comment-body">{comment.text}</p>
        </li>
      ))}
    </ul>
  );
}

import { newCommentsLabel } from './new-comments-label';

/**
 * Marks a worksheet (or a client) with comments the viewer has not seen: words first ("2 new comments"),
 * colour and an icon only as second cues. Renders nothing when there are none.
 */
export function NewCommentsBadge({ count }: { count: number }) {
  const label = newCommentsLabel(count);
  if (label === null) return null;
  return (
    <span className="badge badge--comments">
      <span aria-hidden="true">💬 </span>
      {label}
    </span>
  );
}

import { newCommentsLabel } from './new-comments-label';

/**
 * Marks a worksheet (or a client) with comments the viewer has not seen, in words ("2 new comments"), with
 * colour as a second cue. No icon: an emoji needs a font many devices lack. Renders nothing when there are none.
 */
export function NewCommentsBadge({ count }: { count: number }) {
  const label = newCommentsLabel(count);
  return label === null ? null : <span className="badge badge--comments">{label}</span>;
}

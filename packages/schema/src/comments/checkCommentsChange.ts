import type { ChangeDenial } from '../permissions/changeDecision.js';
import type { CommentsChange } from './commentsChange.js';
import { judgeCommentWrites } from './judgeCommentWrites.js';

/** The first rule (docs/comments.md) the change to the `comments` map breaks, by key order; null if none. */
export function checkCommentsChange(change: CommentsChange): ChangeDenial | null {
  for (const denial of judgeCommentWrites(change).values()) if (denial) return denial;
  return null;
}

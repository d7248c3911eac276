import { COMMENTS_MAP } from '../document/layout.js';
import type { CommentsChange } from './commentsChange.js';
import { judgeCommentWrites } from './judgeCommentWrites.js';

/**
 * Undoes, in `after` and in one transaction, every write to the `comments` map that a rule forbids: the key gets
 * back the value `before` held, or is removed if it is new. Permitted writes stay as they are, so afterwards
 * `checkCommentsChange` finds nothing (docs/comments.md C11). Does nothing when everything is permitted.
 */
export function repairCommentsChange(change: CommentsChange): void {
  const forbidden = [...judgeCommentWrites(change)].filter(([, denial]) => denial !== null);
  if (forbidden.length === 0) return;
  const beforeMap = change.before.getMap<unknown>(COMMENTS_MAP);
  const afterMap = change.after.getMap<unknown>(COMMENTS_MAP);
  change.after.transact(() => {
    for (const [key] of forbidden) {
      if (beforeMap.has(key)) afterMap.set(key, beforeMap.get(key));
      else afterMap.delete(key);
    }
  });
}

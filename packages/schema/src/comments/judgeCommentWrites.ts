import * as Y from 'yjs';
import { jsonEqual } from '../content/jsonEqual.js';
import { COMMENTS_MAP } from '../document/layout.js';
import type { ChangeDenial } from '../permissions/changeDecision.js';
import { changedCommentKeys } from './changedCommentKeys.js';
import { type CommentWrite, judgeCommentWrite, keyName } from './commentKeyRules.js';
import { COMMENT_LIMITS, type CommentRecord, commentRecordSchema, isThreadStart } from './commentRecord.js';
import type { CommentsChange } from './commentsChange.js';

/** Equal JSON values; a Yjs type is never plain JSON (C1) and is not walked (it links back to its document). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  return jsonEqual(a, b);
}

function wellFormed(key: string, value: unknown): CommentRecord | null {
  const parsed = commentRecordSchema.safeParse(value);
  return parsed.success && parsed.data.id === key ? parsed.data : null;
}

/**
 * Every key the change writes or removes, with the denial it earns (null: permitted). Keys are judged in
 * sorted order, so the verdicts do not depend on the order Yjs holds them in. Cost follows the number of
 * written keys, plus one identity comparison per key of the map (`changedCommentKeys`).
 */
export function judgeCommentWrites(change: CommentsChange): Map<string, ChangeDenial | null> {
  const beforeMap = change.before.getMap<unknown>(COMMENTS_MAP);
  const afterMap = change.after.getMap<unknown>(COMMENTS_MAP);
  const verdicts = new Map<string, ChangeDenial | null>();
  const accepted = new Map<string, CommentRecord>();
  for (const key of changedCommentKeys(change.before, change.after)) {
    // Written again as it was (or restored by a repair): nothing changed.
    if (beforeMap.has(key) && afterMap.has(key) && sameJson(beforeMap.get(key), afterMap.get(key))) continue;
    const write: CommentWrite = {
      key,
      prior: wellFormed(key, beforeMap.get(key)),
      present: afterMap.has(key),
      value: afterMap.get(key),
    };
    const denial = judgeCommentWrite(change, write);
    verdicts.set(key, denial);
    const next = denial === null ? wellFormed(key, write.value) : null;
    if (next && write.prior === null) accepted.set(key, next);
  }

  // C8: a new reply names a thread start the document keeps (stored, or new here and itself permitted).
  const threadStartKept = (threadId: string) => {
    const stored = wellFormed(threadId, beforeMap.get(threadId));
    const added = accepted.get(threadId);
    return (stored !== null && isThreadStart(stored)) || (added !== undefined && isThreadStart(added));
  };
  // C2: new comments fit while the worksheet holds fewer than the limit; later keys (in key order) do not.
  let count = accepted.size > 0 ? beforeMap.size : 0;
  for (const [key, record] of accepted) {
    if (!isThreadStart(record) && !threadStartKept(record.threadId)) {
      verdicts.set(key, {
        reason: 'comment-invalid',
        message: `Comment ${keyName(key)} replies to a thread that does not exist.`,
      });
    } else if (count >= COMMENT_LIMITS.perWorksheet) {
      verdicts.set(key, {
        reason: 'comments-full',
        message: `A worksheet holds at most ${COMMENT_LIMITS.perWorksheet} comments.`,
      });
    } else {
      count++;
    }
  }
  return verdicts;
}

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

/** The `comments` map as stored, read key by key (a Y.Map is one). */
export interface StoredComments {
  has(key: string): boolean;
  get(key: string): unknown;
  readonly size: number;
}

/** What one key holds once the change is applied: a value, or nothing (the key was removed). */
export interface CommentKeyChange {
  key: string;
  present: boolean;
  value: unknown;
}

/**
 * The one judgement of a change to the `comments` map, whoever found the changed keys (the full judge's two
 * documents, or the fast path's reading of the update, docs/relay.md R28): each key against the per-key rules
 * (C1–C7, C9) with its old value from `stored`, then the cross-key rules (C8, C2's count). Keys are judged in
 * sorted order, so the verdicts do not depend on the order they were found in. Cost follows the keys changed.
 */
export function judgeCommentKeyChanges(
  context: Pick<CommentsChange, 'actor' | 'nowMs'>,
  stored: StoredComments,
  changes: readonly CommentKeyChange[],
): Map<string, ChangeDenial | null> {
  const verdicts = new Map<string, ChangeDenial | null>();
  const accepted = new Map<string, CommentRecord>();
  const sorted = [...changes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, present, value } of sorted) {
    // Written again as it was (or restored by a repair): nothing changed.
    if (stored.has(key) && present && sameJson(stored.get(key), value)) continue;
    const write: CommentWrite = { key, prior: wellFormed(key, stored.get(key)), present, value };
    const denial = judgeCommentWrite(context, write);
    verdicts.set(key, denial);
    const next = denial === null ? wellFormed(key, write.value) : null;
    if (next && write.prior === null) accepted.set(key, next);
  }

  // C8: a new reply names a thread start the document keeps (stored, or new here and itself permitted).
  const threadStartKept = (threadId: string) => {
    const kept = wellFormed(threadId, stored.get(threadId));
    const added = accepted.get(threadId);
    return (kept !== null && isThreadStart(kept)) || (added !== undefined && isThreadStart(added));
  };
  // C2: new comments fit while the worksheet holds fewer than the limit; later keys (in key order) do not.
  let count = accepted.size > 0 ? stored.size : 0;
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

/**
 * Every key the change writes or removes, with the denial it earns (null: permitted), found by comparing the
 * two documents (`changedCommentKeys`: one identity comparison per key of the map).
 */
export function judgeCommentWrites(change: CommentsChange): Map<string, ChangeDenial | null> {
  const afterMap = change.after.getMap<unknown>(COMMENTS_MAP);
  const changes = changedCommentKeys(change.before, change.after).map((key) => ({
    key,
    present: afterMap.has(key),
    value: afterMap.get(key),
  }));
  return judgeCommentKeyChanges(change, change.before.getMap<unknown>(COMMENTS_MAP), changes);
}

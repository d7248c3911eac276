import type * as Y from 'yjs';
import { commentKeyChangesInUpdate } from './commentKeyChangesInUpdate.js';
import type { CommentsChange } from './commentsChange.js';
import { judgeCommentKeyChanges } from './judgeCommentWrites.js';

/**
 * The comments fast path of admission (docs/relay.md R29): true when the update only writes or removes keys of
 * the `comments` map and every key passes the comment rules (docs/comments.md), judged from the update and the
 * stored map without copying the document. False means only "not obviously permitted": the update then takes
 * the full judge, which repairs what is forbidden.
 */
export function commentOnlyUpdatePermitted(
  context: Pick<CommentsChange, 'actor' | 'nowMs'> & { doc: Y.Doc; update: Uint8Array },
): boolean {
  const read = commentKeyChangesInUpdate(context.doc, context.update);
  if (read === null || read.changes.length === 0) return false;
  for (const denial of judgeCommentKeyChanges(context, read.stored, read.changes).values()) {
    if (denial !== null) return false;
  }
  return true;
}

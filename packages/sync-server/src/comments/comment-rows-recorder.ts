import { COMMENTS_MAP, commentRecordSchema } from '@interlude/schema';
import type * as Y from 'yjs';
import type { Accounts } from '../accounts.js';
import type { StoredUpdatesEvent } from '../worksheets/worksheet-progress.js';
import type { CommentRow } from './worksheet-comment-store.js';

/** A key's current Yjs item, as a string that changes whenever the key is written or removed. */
const itemStamp = (item: Y.Item) => `${item.id.client}:${item.id.clock}:${item.deleted ? 'x' : ''}`;

/**
 * Keeps the `worksheet_comments` rows of a worksheet in step with the comment records of its stored document.
 * It runs after every stored update, most of which are answers, so it remembers, per live document, the Yjs
 * item each comment key had when it last looked, and reads (and parses) only the keys written since: one
 * lookup per comment key per update, and nothing at all for a worksheet without comments. A document seen for
 * the first time (a room just loaded) is read whole; rows already stored keep their first `stored_at`.
 * Values that are not well-formed comments are skipped: the relay's rules refuse them (docs/comments.md).
 */
export function createCommentRowsRecorder(accounts: Accounts): (event: StoredUpdatesEvent) => void {
  const lastSeen = new WeakMap<Y.Doc, Map<string, string>>();
  return ({ worksheetId, doc }) => {
    const items = doc.getMap<unknown>(COMMENTS_MAP)._map;
    if (items.size === 0) return;
    const seen = lastSeen.get(doc) ?? new Map<string, string>();
    const written: [string, string][] = [];
    for (const [key, item] of items) {
      const stamp = itemStamp(item);
      if (seen.get(key) !== stamp) written.push([key, stamp]);
    }
    if (written.length === 0) return;
    if (!accounts.worksheets.get(worksheetId)) return;
    const rows: Omit<CommentRow, 'storedAt'>[] = [];
    for (const [key] of written) {
      const parsed = commentRecordSchema.safeParse(doc.getMap(COMMENTS_MAP).get(key));
      if (!parsed.success || parsed.data.id !== key) continue;
      const record = parsed.data;
      rows.push({
        commentId: record.id,
        threadId: record.threadId,
        authorId: record.authorId,
        createdAt: record.createdAt,
        deletedAt: record.deletedAt,
      });
    }
    accounts.comments.upsert(worksheetId, rows, accounts.clock.now());
    // Remembered only once stored: if the write throws, the next update reads these keys again.
    for (const [key, stamp] of written) seen.set(key, stamp);
    lastSeen.set(doc, seen);
  };
}

import { COMMENTS_MAP, commentRecordSchema } from '@interlude/schema';
import type * as Y from 'yjs';
import type { Accounts } from '../accounts.js';
import { InOrderPerKey } from '../in-order-per-key.js';
import type { StoredUpdatesEvent } from '../worksheets/worksheet-progress.js';
import type { CommentRow } from './worksheet-comment-store.js';

/**
 * Keeps the `worksheet_comments` rows of a worksheet in step with the comment records of its stored document
 * (docs/comments.md N1). It runs after every stored update, most of which are answers, so the first time it
 * sees a document (a room just loaded) it reads every comment and starts observing the `comments` map; after
 * that it reads only the keys the map reported as changed since, and does nothing for an update that wrote no
 * comment. Rows already stored keep their first `stored_at`. Values that are not well-formed comments get no
 * row (the relay's rules refuse them). Observing is reading: the document is never written.
 */
export function createCommentRowsRecorder(accounts: Accounts): (event: StoredUpdatesEvent) => Promise<void> {
  const changedKeys = new WeakMap<Y.Doc, Set<string>>();
  const writes = new InOrderPerKey();

  /** The keys to read now: all of them on first sight, then those the observer collected. */
  const keysToRead = (doc: Y.Doc): Set<string> => {
    const known = changedKeys.get(doc);
    if (known) return known;
    const map = doc.getMap<unknown>(COMMENTS_MAP);
    const changed = new Set(map.keys());
    map.observe((event) => {
      for (const key of event.keysChanged) changed.add(key);
    });
    changedKeys.set(doc, changed);
    return changed;
  };

  return async ({ worksheetId, doc }) => {
    const changed = keysToRead(doc);
    if (changed.size === 0) return;
    // The document and the rows' arrival time are read before any wait: the room may change or unload the
    // document meanwhile. The keys are taken now; the observer collects what changes during the write.
    const keys = [...changed];
    changed.clear();
    const storedAt = accounts.clock.now();
    const map = doc.getMap<unknown>(COMMENTS_MAP);
    const rows: Omit<CommentRow, 'storedAt'>[] = [];
    for (const key of keys) {
      const parsed = commentRecordSchema.safeParse(map.get(key));
      if (!parsed.success || parsed.data.id !== key) continue;
      const { id, threadId, authorId, createdAt, deletedAt } = parsed.data;
      rows.push({ commentId: id, threadId, authorId, createdAt, deletedAt });
    }
    try {
      // In the order they were read, so an older read never overwrites a newer one (a deletion stays).
      // The store checks in its transaction that the worksheet still has its row.
      await writes.run(worksheetId, () => accounts.comments.upsert(worksheetId, rows, storedAt));
    } catch (error) {
      // Not stored: the next update reads these keys again.
      for (const key of keys) changed.add(key);
      throw error;
    }
  };
}

import type * as Y from 'yjs';
import { COMMENTS_MAP } from '../document/layout.js';

const sameItem = (a: Y.Item, b: Y.Item) => a.id.client === b.id.client && a.id.clock === b.id.clock;

/**
 * The keys of the `comments` map whose value `after` holds differently from `before` (written, or removed),
 * sorted. `after` is a copy of `before` plus an update, and a Y.Map keeps, for every key it ever held, the Yjs
 * item of its latest value in `_map` (deleted or not): so `after`'s keys include all of `before`'s, and a key
 * nobody wrote since keeps an item with the same id (client, clock) and deletion state. That costs one lookup
 * per key and reads no value (docs/comments.md C10); a key written again with an equal value is listed, and
 * the rules find nothing changed in it.
 */
export function changedCommentKeys(before: Y.Doc, after: Y.Doc): string[] {
  const beforeItems = before.getMap<unknown>(COMMENTS_MAP)._map;
  const changed: string[] = [];
  for (const [key, item] of after.getMap<unknown>(COMMENTS_MAP)._map) {
    const was = beforeItems.get(key);
    if (was === undefined || was.deleted) {
      if (!item.deleted) changed.push(key);
    } else if (item.deleted || !sameItem(was, item)) {
      changed.push(key);
    }
  }
  return changed.sort();
}

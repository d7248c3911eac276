import type * as Y from 'yjs';
import { jsonEqual } from '../content/jsonEqual.js';

/**
 * Puts the named entries of the root map `name` in `after` back to their values in `before` (absent there:
 * deleted). Only entries that differ are written, so a repair writes no more than it undoes.
 */
export function restoreMapEntries(name: string, before: Y.Doc, after: Y.Doc, keys: Iterable<string>): void {
  const previous = before.getMap<unknown>(name).toJSON();
  const map = after.getMap<unknown>(name);
  const current = map.toJSON();
  for (const key of keys) {
    if (jsonEqual(current[key], previous[key])) continue;
    if (Object.hasOwn(previous, key)) map.set(key, previous[key]);
    else map.delete(key);
  }
}

import * as Y from 'yjs';
import { COMMENTS_MAP } from '../document/layout.js';
import type { CommentKeyChange, StoredComments } from './judgeCommentWrites.js';

type Struct = Y.Item | Y.GC | Y.Skip;

function structAt(structs: readonly Struct[] | undefined, clock: number): Struct | undefined {
  if (!structs || structs.length === 0) return undefined;
  const last = structs[structs.length - 1]!;
  if (clock < structs[0]!.id.clock || clock >= last.id.clock + last.length) return undefined;
  return structs[Y.findIndexSS(structs as (Y.Item | Y.GC)[], clock)];
}

const sameId = (a: Y.ID | null, b: Y.ID) => a !== null && a.client === b.client && a.clock === b.clock;

/** The one plain value a map entry's item holds, or undefined when it holds anything else (a Yjs type, binary). */
function plainValue(content: Y.Item['content']): { value: unknown } | undefined {
  if (!(content instanceof Y.ContentAny) && !(content instanceof Y.ContentJSON)) return undefined;
  if (content.getLength() !== 1) return undefined;
  return { value: content.getContent()[0] };
}

/**
 * The keys of the `comments` map an update writes or removes, read from its structs without applying it
 * (docs/relay.md R29), with what each key holds afterwards; or null when the update does anything else or
 * anything this reader does not follow (the full judge then decides). Read: every new item is a plain value
 * set on a key, either first on a key the stored map never held, or on top of the key's current item (so it
 * wins under Yjs's rules, and what the update says is what the map will hold); every deletion removes a
 * key's current item, of a key the update sets again or not (then the key is removed), or one already
 * deleted. One key written twice, an item the server lacks, a gap in a client's clock, a Yjs type or anything
 * outside `comments` gives null. Cost: one decode plus a few lookups per struct.
 */
export function commentKeyChangesInUpdate(
  doc: Y.Doc,
  update: Uint8Array,
): { stored: StoredComments; changes: CommentKeyChange[] } | null {
  const comments = storedCommentsMap(doc);
  if (comments === undefined) return null;
  const storedItems = comments?._map ?? new Map<string, Y.Item>();
  const { structs, ds } = Y.decodeUpdate(update);
  const written = new Map<string, CommentKeyChange>();
  const writtenItems = new Map<number, Y.Item[]>();
  const expectedClock = new Map<number, number>();

  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) return null;
    const { client, clock } = struct.id;
    const known = Y.getState(doc.store, client);
    if (clock + struct.length <= known) continue;
    // Partly known, or after a gap: the full judge sorts that out (or asks for a resync).
    if (clock !== (expectedClock.get(client) ?? known)) return null;
    expectedClock.set(client, clock + struct.length);
    const value = plainValue(struct.content);
    if (value === undefined || struct.rightOrigin !== null) return null;
    let key: string;
    if (struct.origin === null) {
      // The first item of a key names its root and key; the key must be new to the stored map too.
      if ((struct.parent as unknown) !== COMMENTS_MAP || struct.parentSub === null) return null;
      if (storedItems.has(struct.parentSub)) return null;
      key = struct.parentSub;
    } else {
      // Set on top of a key's item: only the key's current item in the stored map is followed.
      const origin = structAt(doc.store.clients.get(struct.origin.client), struct.origin.clock);
      if (!(origin instanceof Y.Item) || origin.parent !== comments || origin.parentSub === null) return null;
      key = origin.parentSub;
      if (!sameId(storedItems.get(key)?.id ?? null, origin.id) || !sameId(struct.origin, lastId(origin)))
        return null;
    }
    if (written.has(key)) return null;
    written.set(key, { key, present: true, value: value.value });
    const list = writtenItems.get(client) ?? [];
    list.push(struct);
    writtenItems.set(client, list);
  }

  const removed = new Map<string, CommentKeyChange>();
  for (const [client, deletions] of ds.clients) {
    const stored = doc.store.clients.get(client);
    for (const { clock, len } of deletions) {
      for (let at = clock; at < clock + len; ) {
        // Deleting what the update itself adds is a set and a removal at once: not followed here.
        if (structAt(writtenItems.get(client), at) !== undefined) return null;
        const struct = structAt(stored, at);
        if (struct === undefined) return null;
        at = struct.id.clock + struct.length;
        if (struct.deleted) continue;
        if (!(struct instanceof Y.Item) || struct.parent !== comments || struct.parentSub === null)
          return null;
        if (storedItems.get(struct.parentSub) !== struct) return null;
        if (!written.has(struct.parentSub)) {
          removed.set(struct.parentSub, { key: struct.parentSub, present: false, value: undefined });
        }
      }
    }
  }
  return { stored: comments ?? NO_COMMENTS, changes: [...written.values(), ...removed.values()] };
}

const NO_COMMENTS: StoredComments = { has: () => false, get: () => undefined, size: 0 };

/**
 * The stored `comments` map; null when the document has never held one (asking for it would not change the
 * document's content, but there is nothing to read); undefined when the name holds another kind of type.
 */
function storedCommentsMap(doc: Y.Doc): Y.Map<unknown> | null | undefined {
  if (!doc.share.has(COMMENTS_MAP)) return null;
  try {
    return doc.getMap<unknown>(COMMENTS_MAP);
  } catch {
    return undefined;
  }
}

/** The id of an item's last unit: what an item set after it names as its origin. */
const lastId = (item: Y.Item): Y.ID => Y.createID(item.id.client, item.id.clock + item.length - 1);

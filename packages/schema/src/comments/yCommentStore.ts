import type * as Y from 'yjs';
import { COMMENTS_MAP } from '../document/layout.js';
import { createNodeId } from '../ids/createNodeId.js';
import { type CommentRecord, commentRecordSchema, isThreadStart } from './commentRecord.js';
import { type CommentAuthor, CommentNotAllowedError, type CommentStore } from './commentStore.js';
import { commentThreads } from './commentThreads.js';

/** Reads every well-formed record of a document's `comments` map; anything else is ignored, never shown. */
export function readCommentRecords(ydoc: Y.Doc): CommentRecord[] {
  const records: CommentRecord[] = [];
  for (const [key, value] of ydoc.getMap(COMMENTS_MAP).entries()) {
    const parsed = commentRecordSchema.safeParse(value);
    if (parsed.success && parsed.data.id === key) records.push(parsed.data);
  }
  return records;
}

/** A `CommentStore` over the document's `comments` map: one JSON value per comment, written as `author`. */
export function yCommentStore(
  ydoc: Y.Doc,
  author: CommentAuthor,
  now: () => Date = () => new Date(),
): CommentStore {
  const map = ydoc.getMap<unknown>(COMMENTS_MAP);
  const find = (id: string) => {
    const parsed = commentRecordSchema.safeParse(map.get(id));
    return parsed.success && parsed.data.id === id ? parsed.data : undefined;
  };
  const required = (id: string) => {
    const record = find(id);
    if (!record) throw new CommentNotAllowedError(`There is no comment ${id}.`);
    return record;
  };
  const write = (record: CommentRecord) => {
    const checked = commentRecordSchema.parse(record);
    map.set(checked.id, checked);
    return checked;
  };
  const ownOnly = (record: CommentRecord) => {
    if (record.authorId !== author.id)
      throw new CommentNotAllowedError('Only its author can change a comment.');
    if (record.deletedAt) throw new CommentNotAllowedError('This comment was deleted.');
  };
  const fresh = (id: string, threadId: string, body: string): CommentRecord => ({
    id,
    threadId,
    anchor: null,
    authorId: author.id,
    authorRole: author.role,
    authorName: author.name,
    body,
    createdAt: now().toISOString(),
    editedAt: null,
    deletedAt: null,
    resolvedAt: null,
    resolvedBy: null,
  });

  return {
    threads: () => commentThreads(readCommentRecords(ydoc)),
    find,
    startThread({ id = createNodeId(), anchor, body }) {
      if (map.has(id)) throw new CommentNotAllowedError(`Comment ${id} exists already.`);
      return write({ ...fresh(id, id, body), anchor });
    },
    reply(threadId, body) {
      const start = required(threadId);
      if (!isThreadStart(start)) throw new CommentNotAllowedError('Replies go to a thread, not to a reply.');
      return write(fresh(createNodeId(), threadId, body));
    },
    edit(id, body) {
      const record = required(id);
      ownOnly(record);
      return write({ ...record, body, editedAt: now().toISOString() });
    },
    remove(id) {
      const record = required(id);
      ownOnly(record);
      return write({ ...record, body: '', deletedAt: now().toISOString() });
    },
    setResolved(threadId, resolved) {
      const start = required(threadId);
      if (!isThreadStart(start)) throw new CommentNotAllowedError('Only a thread is resolved, not a reply.');
      if (author.role !== 'therapist' && start.authorId !== author.id) {
        throw new CommentNotAllowedError('Only the therapist or the thread’s author can resolve it.');
      }
      return write({
        ...start,
        resolvedAt: resolved ? now().toISOString() : null,
        resolvedBy: resolved ? author.id : null,
      });
    },
    subscribe(listener) {
      map.observe(listener);
      return () => map.unobserve(listener);
    },
  };
}

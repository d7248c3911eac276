import type { CommentRecord } from './commentRecord.js';
import { isThreadStart } from './commentRecord.js';

export interface CommentThread {
  /** The first comment: its id is the thread id, it holds the anchor and the resolution. */
  start: CommentRecord;
  /** Replies, oldest first. */
  replies: CommentRecord[];
}

const byCreated = (a: CommentRecord, b: CommentRecord) =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);

/**
 * Groups comment records into threads, oldest thread first. A reply whose thread start is missing (it can only
 * arrive before it, never be left without it) waits until the start arrives.
 */
export function commentThreads(records: Iterable<CommentRecord>): CommentThread[] {
  const starts = new Map<string, CommentThread>();
  const replies: CommentRecord[] = [];
  for (const record of records) {
    if (isThreadStart(record)) starts.set(record.id, { start: record, replies: [] });
    else replies.push(record);
  }
  for (const reply of replies.sort(byCreated)) starts.get(reply.threadId)?.replies.push(reply);
  return [...starts.values()].sort((a, b) => byCreated(a.start, b.start));
}

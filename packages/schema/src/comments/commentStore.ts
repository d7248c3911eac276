import type { Role } from '../permissions/role.js';
import type { CommentAnchor, CommentRecord } from './commentRecord.js';
import type { CommentThread } from './commentThreads.js';

/** The signed-in person writing comments; the relay refuses records that name anybody else. */
export interface CommentAuthor {
  id: string;
  role: Role;
  name: string;
}

/**
 * What the editor and the screens do with comments. Kept small so the storage (today the document's `comments`
 * map, `yCommentStore`) can change without touching them. Methods that write return the record written; they
 * throw `CommentNotAllowedError` for what the author may not do (the relay enforces the same rules).
 */
export interface CommentStore {
  threads(): CommentThread[];
  find(id: string): CommentRecord | undefined;
  /** Starts a thread; `id` lets the caller put the same id in the comment mark first. */
  startThread(input: { id?: string; anchor: CommentAnchor; body: string }): CommentRecord;
  reply(threadId: string, body: string): CommentRecord;
  edit(id: string, body: string): CommentRecord;
  remove(id: string): CommentRecord;
  setResolved(threadId: string, resolved: boolean): CommentRecord;
  /** Calls `listener` after every change, local or remote; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export class CommentNotAllowedError extends Error {
  override name = 'CommentNotAllowedError';
}

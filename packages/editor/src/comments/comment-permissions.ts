import type { CommentAuthor, CommentRecord, CommentThread } from '@interlude/schema';

/** The same rules the store and the relay keep, asked before a button is offered. */
export function mayResolve(author: CommentAuthor, thread: CommentThread): boolean {
  return author.role === 'therapist' || thread.start.authorId === author.id;
}

/** Only its author edits or deletes a comment, and a deleted one stays deleted. */
export function mayChange(author: CommentAuthor, record: CommentRecord): boolean {
  return record.authorId === author.id && record.deletedAt === null;
}

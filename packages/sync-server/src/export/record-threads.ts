import { type CommentRecord, commentThreads } from '@interlude/schema';
import type { ApiRecordComment, ApiRecordThread } from '@interlude/schema/api';
import { commentContext } from './comment-context.js';
import type { WorksheetContent } from './load-worksheet-content.js';

export function recordComment(record: CommentRecord): ApiRecordComment {
  return {
    id: record.id,
    authorName: record.authorName,
    authorRole: record.authorRole,
    createdAt: record.createdAt,
    editedAt: record.editedAt,
    deleted: record.deletedAt !== null,
    text: record.body,
  };
}

/**
 * Every comment thread of the document with where it sits, oldest first. The shared document is the client's
 * as much as the therapist's, so both copies of the record hold every thread (private notes are elsewhere).
 */
export function recordThreads({ content, comments }: WorksheetContent): ApiRecordThread[] {
  return commentThreads(comments).map(({ start, replies }) => ({
    threadId: start.id,
    context: start.anchor
      ? commentContext(content, start.id, start.anchor)
      : { kind: 'detached', label: null, quote: null },
    resolvedAt: start.resolvedAt,
    comment: recordComment(start),
    replies: replies.map(recordComment),
  }));
}

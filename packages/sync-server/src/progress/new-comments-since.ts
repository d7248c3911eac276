import type { ApiReviewChanges } from '@interlude/schema/api';
import type { Accounts } from '../accounts.js';
import type { WorksheetDocuments } from '../api/api-dependencies.js';
import { commentContext } from '../export/comment-context.js';
import { loadWorksheetContent } from '../export/load-worksheet-content.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';

/** A comment the client added since the last review, for the review's "what changed". */
export type ReviewComment = ApiReviewChanges['newComments'][number];

const DETACHED = { kind: 'detached', label: null, quote: null } as const;

/**
 * The client's comments that reached the server after the review (`since`; null: never reviewed), not deleted,
 * with who wrote them, where they sit (a reply sits where its thread does) and, for a reply, the thread's first
 * comment. Which comments are new comes from the comment rows (comments/); their words stay in the document,
 * so it is loaded only when there is a new one.
 */
export async function newCommentsSince(
  accounts: Accounts,
  documents: WorksheetDocuments,
  worksheet: WorksheetRecord,
  since: number | null,
): Promise<ReviewComment[]> {
  const fresh = (await accounts.comments.list(worksheet.id)).filter(
    (row) =>
      row.authorId === worksheet.clientId &&
      row.deletedAt === null &&
      (since === null || row.storedAt > since),
  );
  if (fresh.length === 0) return [];
  const { content, comments } = await loadWorksheetContent(documents, worksheet.id);
  const records = new Map(comments.map((record) => [record.id, record]));
  return fresh.flatMap((row) => {
    const record = records.get(row.commentId);
    if (!record || record.deletedAt !== null) return [];
    const start = records.get(record.threadId);
    const isReply = record.threadId !== record.id;
    return [
      {
        threadId: record.threadId,
        authorName: record.authorName,
        authorRole: record.authorRole,
        text: record.body,
        createdAt: record.createdAt,
        context: start?.anchor ? commentContext(content, start.id, start.anchor) : DETACHED,
        replyTo:
          isReply && start
            ? { authorName: start.authorName, text: start.body, deleted: start.deletedAt !== null }
            : null,
      },
    ];
  });
}

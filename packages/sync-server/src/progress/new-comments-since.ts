import { readCommentRecords } from '@interlude/schema';
import * as Y from 'yjs';
import type { Accounts } from '../accounts.js';
import type { WorksheetDocuments } from '../api/api-dependencies.js';
import type { WorksheetRecord } from '../worksheets/worksheet-store.js';

/** A comment the client added since the last review, for the review's "what changed". */
export interface ReviewComment {
  threadId: string;
  authorRole: 'therapist' | 'client';
  text: string;
  createdAt: string;
}

/**
 * The client's comments that reached the server after the review (`since`; null: never reviewed), not deleted.
 * Which comments are new comes from the comment rows (comments/); their words stay in the document, so it is
 * loaded only when there is a new one.
 */
export async function newCommentsSince(
  accounts: Accounts,
  documents: WorksheetDocuments,
  worksheet: WorksheetRecord,
  since: number | null,
): Promise<ReviewComment[]> {
  const fresh = accounts.comments
    .list(worksheet.id)
    .filter(
      (row) =>
        row.authorId === worksheet.clientId &&
        row.deletedAt === null &&
        (since === null || row.storedAt > since),
    );
  if (fresh.length === 0) return [];
  const doc = new Y.Doc();
  try {
    const updates = await documents.load(worksheet.id);
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    const records = new Map(readCommentRecords(doc).map((record) => [record.id, record]));
    return fresh.flatMap((row) => {
      const record = records.get(row.commentId);
      return record
        ? [
            {
              threadId: record.threadId,
              authorRole: record.authorRole,
              text: record.body,
              createdAt: record.createdAt,
            },
          ]
        : [];
    });
  } finally {
    doc.destroy();
  }
}

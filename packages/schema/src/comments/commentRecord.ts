import { z } from 'zod';
import { roleSchema } from '../permissions/role.js';

/** The Tiptap mark that anchors a thread in text. It carries only the thread id; the thread lives in `comments`. */
export const COMMENT_MARK = 'comment';

/**
 * Size limits (docs/comments.md C2): a comment's text, ids and names, and how many comments one worksheet holds
 * (which also bounds what the relay's checker scans per update).
 */
export const COMMENT_LIMITS = { bodyChars: 5000, idChars: 40, nameChars: 200, perWorksheet: 2000 } as const;

/** What a thread is attached to: a stretch of text (through the comment mark), or a whole prompt, scale or goal. */
export const commentAnchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text') }),
  z.object({ kind: z.literal('node'), nodeId: z.string().min(1).max(COMMENT_LIMITS.idChars) }),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

const commentIdSchema = z.string().min(1).max(COMMENT_LIMITS.idChars);
const instantSchema = z.iso.datetime();

/**
 * One comment, stored as a plain JSON value under its own id in the document's `comments` map (decision record
 * 0001, §1). A thread is its first comment (`threadId === id`, the only one with an `anchor` and resolution)
 * plus the replies that name it. Times are the writer's device clock (written offline, they say when).
 * A comment is never removed from the map: deleting it empties `body` and sets `deletedAt`, so a thread keeps
 * its shape and nothing is lost by accident. The schema is strict (no other fields) and checks how the fields fit
 * together; who may write what is `checkCommentsChange`'s concern (docs/comments.md).
 */
const commentFieldsSchema = z.strictObject({
  id: commentIdSchema,
  threadId: commentIdSchema,
  anchor: commentAnchorSchema.nullable(),
  authorId: commentIdSchema,
  authorRole: roleSchema,
  authorName: z.string().max(COMMENT_LIMITS.nameChars),
  body: z.string().max(COMMENT_LIMITS.bodyChars),
  createdAt: instantSchema,
  editedAt: instantSchema.nullable(),
  deletedAt: instantSchema.nullable(),
  resolvedAt: instantSchema.nullable(),
  resolvedBy: commentIdSchema.nullable(),
});

export const commentRecordSchema = commentFieldsSchema.superRefine((record, context) => {
  const problem = shapeProblem(record);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
export type CommentRecord = z.infer<typeof commentRecordSchema>;

export function isThreadStart(record: Pick<CommentRecord, 'id' | 'threadId'>): boolean {
  return record.threadId === record.id;
}

/** How the fields of one record must fit together (docs/comments.md C1); null when they do. */
function shapeProblem(record: z.infer<typeof commentFieldsSchema>): string | null {
  const start = isThreadStart(record);
  if (start !== (record.anchor !== null)) return 'Only the first comment of a thread has an anchor.';
  if (!start && (record.resolvedAt !== null || record.resolvedBy !== null)) {
    return 'Only a thread is resolved, not a reply.';
  }
  if ((record.resolvedAt === null) !== (record.resolvedBy === null)) {
    return 'A resolved thread says both when and by whom.';
  }
  if (record.deletedAt !== null && record.body !== '') return 'A deleted comment keeps no text.';
  return null;
}

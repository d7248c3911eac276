import { z } from 'zod';
import { roleSchema } from '../permissions/role.js';

/** The Tiptap mark that anchors a thread in text. It carries only the thread id; the thread lives in `comments`. */
export const COMMENT_MARK = 'comment';

export const COMMENT_LIMITS = { bodyChars: 5000, idChars: 40 } as const;

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
 * its shape and nothing is lost by accident. Who may write what is `mayChangeComments`'s concern.
 */
export const commentRecordSchema = z.object({
  id: commentIdSchema,
  threadId: commentIdSchema,
  anchor: commentAnchorSchema.nullable(),
  authorId: z.string().min(1),
  authorRole: roleSchema,
  authorName: z.string().max(200),
  body: z.string().max(COMMENT_LIMITS.bodyChars),
  createdAt: instantSchema,
  editedAt: instantSchema.nullable(),
  deletedAt: instantSchema.nullable(),
  resolvedAt: instantSchema.nullable(),
  resolvedBy: z.string().nullable(),
});
export type CommentRecord = z.infer<typeof commentRecordSchema>;

export function isThreadStart(record: CommentRecord): boolean {
  return record.threadId === record.id;
}

import { jsonEqual } from '../content/jsonEqual.js';
import type { ChangeDenial, ChangeDenialReason } from '../permissions/changeDecision.js';
import { type CommentRecord, commentRecordSchema } from './commentRecord.js';
import { COMMENT_CLOCK_TOLERANCE_MS, type CommentsChange } from './commentsChange.js';

/** One written key of the `comments` map: what it held before (if anything) and the value written. */
export interface CommentWrite {
  key: string;
  /** The well-formed record the key held before, or null for a new key (or one that held something else). */
  prior: CommentRecord | null;
  /** Whether the key is still present after the change. */
  present: boolean;
  value: unknown;
}

const FIXED_FIELDS = [
  'id',
  'threadId',
  'anchor',
  'authorId',
  'authorRole',
  'authorName',
  'createdAt',
] as const satisfies readonly (keyof CommentRecord)[];
const AUTHOR_FIELDS = ['body', 'editedAt', 'deletedAt'] as const satisfies readonly (keyof CommentRecord)[];
const RESOLUTION_FIELDS = ['resolvedAt', 'resolvedBy'] as const satisfies readonly (keyof CommentRecord)[];
const TIME_FIELDS = [
  'createdAt',
  'editedAt',
  'deletedAt',
  'resolvedAt',
] as const satisfies readonly (keyof CommentRecord)[];

const deny = (reason: ChangeDenialReason, message: string): ChangeDenial => ({ reason, message });

/** A key as messages name it: it comes from the peer and may end up in a close reason, so keep it short. */
export const keyName = (key: string) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
const notPermitted = (message: string) => deny('comment-not-permitted', message);

function changedFields<Field extends keyof CommentRecord>(
  prior: CommentRecord | null,
  next: CommentRecord,
  fields: readonly Field[],
): Field[] {
  return fields.filter((field) => prior === null || !jsonEqual(prior[field], next[field]));
}

/** C1, C2: the value is a well-formed record, within the size limits, stored under its own id. */
function readRecord(write: CommentWrite): CommentRecord | ChangeDenial {
  const parsed = commentRecordSchema.safeParse(write.value);
  if (!parsed.success) {
    const tooBig = parsed.error.issues.some((issue) => issue.code === 'too_big');
    return tooBig
      ? deny('comment-too-large', `Comment ${keyName(write.key)} is longer than a comment may be.`)
      : deny('comment-invalid', `Comment ${keyName(write.key)} is not a well-formed comment.`);
  }
  if (parsed.data.id !== write.key) {
    return deny('comment-invalid', `Comment ${keyName(write.key)} is stored under another comment's id.`);
  }
  return parsed.data;
}

/**
 * Judges one written key against the rules that need only that key (C1–C7, C9); a new reply's thread (C8) and
 * the worksheet's comment count (C2) are judged across keys by `judgeCommentWrites`.
 */
export function judgeCommentWrite(
  change: Pick<CommentsChange, 'actor' | 'nowMs'>,
  write: CommentWrite,
): ChangeDenial | null {
  const { actor, nowMs } = change;
  const name = keyName(write.key);
  if (!write.present) {
    return deny('comment-removed', `Comment ${name} was removed; a comment is deleted by emptying it.`);
  }
  const next = readRecord(write);
  if ('reason' in next) return next;
  const { prior } = write;

  const latestAllowed = nowMs + COMMENT_CLOCK_TOLERANCE_MS;
  for (const field of changedFields(prior, next, TIME_FIELDS)) {
    const time = next[field];
    if (time !== null && Date.parse(time) > latestAllowed) {
      return deny('comment-invalid', `Comment ${name} gives a time in the future (${field}).`);
    }
  }

  if (prior === null) {
    if (
      next.authorId !== actor.userId ||
      next.authorRole !== actor.role ||
      next.authorName !== actor.displayName
    ) {
      return notPermitted(`Comment ${name} names another author: comments are posted as yourself.`);
    }
  } else {
    const fixed = changedFields(prior, next, FIXED_FIELDS);
    if (fixed.length > 0) return notPermitted(`Comment ${name}: ${fixed[0]} never changes.`);
    if (changedFields(prior, next, AUTHOR_FIELDS).length > 0) {
      if (prior.authorId !== actor.userId) {
        return notPermitted(`Comment ${name}: only its author edits or deletes a comment.`);
      }
      if (prior.deletedAt !== null) return notPermitted(`Comment ${name} was deleted; deleting is final.`);
    }
  }

  if (changedFields(prior, next, RESOLUTION_FIELDS).length > 0) {
    if (actor.role !== 'therapist' && next.authorId !== actor.userId) {
      return notPermitted(`Thread ${name}: only its author or the therapist resolves or reopens it.`);
    }
    if (next.resolvedBy !== null && next.resolvedBy !== actor.userId) {
      return notPermitted(`Thread ${name}: a thread is resolved by whoever resolves it.`);
    }
  }
  return null;
}

import { type ApiRecordComment, type ApiRecordThread, describeCommentContext } from '@interlude/schema/api';
import type { RecordTime } from './record-time.js';

/** Markdown-safe text: characters that would start formatting are escaped, lines kept. */
export function markdownText(value: string): string {
  return value.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

const roleName = { therapist: 'therapist', client: 'client' } as const;

function commentLine(comment: ApiRecordComment, time: RecordTime, indent: string): string {
  const who = `**${markdownText(comment.authorName || 'Someone')}** (${roleName[comment.authorRole]})`;
  const when = `${time.moment(comment.createdAt)}${comment.editedAt && !comment.deleted ? ', edited' : ''}`;
  const body = comment.deleted
    ? '_Comment deleted_'
    : markdownText(comment.text).replace(/\n/g, `\n${indent}  `);
  return `${indent}- ${who}, ${when}: ${body}`;
}

/** One thread: where it sits, its first comment, its replies indented, and whether it is resolved. */
export function threadLines(thread: ApiRecordThread, time: RecordTime): string[] {
  const state = thread.resolvedAt ? ` · resolved ${time.moment(thread.resolvedAt)}` : '';
  return [
    `- _${markdownText(describeCommentContext(thread.context))}_${state}`,
    commentLine(thread.comment, time, '  '),
    ...thread.replies.map((reply) => commentLine(reply, time, '    ')),
  ];
}

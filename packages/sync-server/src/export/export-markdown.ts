import type { ApiClientExport, ApiWorksheetRecord } from '@interlude/schema/api';
import { markdownText as text, threadLines } from './markdown-threads.js';
import { type RecordTime, recordTime } from './record-time.js';

type Answer = ApiWorksheetRecord['answers'][number];

function answerLine(answer: Answer, indent: string): string {
  const value =
    answer.answer === null ? '_not answered_' : text(answer.answer).replace(/\n/g, `\n${indent}  `);
  return `${indent}- **${text(answer.label)}**: ${value}`;
}

/** Answers in order, a goal's steps indented under it. */
function answerLines(answers: Answer[]): string[] {
  const goals = new Set(answers.filter((answer) => answer.kind === 'goal').map((answer) => answer.nodeId));
  const lines: string[] = [];
  for (const answer of answers) {
    if (answer.parentNodeId !== null && goals.has(answer.parentNodeId)) continue;
    lines.push(answerLine(answer, ''));
    if (answer.kind !== 'goal') continue;
    for (const step of answers.filter((other) => other.parentNodeId === answer.nodeId))
      lines.push(answerLine(step, '  '));
  }
  return lines;
}

function worksheetSection(worksheet: ApiWorksheetRecord, time: RecordTime): string[] {
  const lines = [`## ${text(worksheet.title)}`, ''];
  lines.push(`- Status: ${worksheet.statusLabel}`);
  lines.push(`- Assigned: ${time.moment(worksheet.assignedAt)}`);
  if (worksheet.dueDate) lines.push(`- Due: ${time.day(worksheet.dueDate)}`);
  if (worksheet.handedInAt) lines.push(`- Handed in: ${time.moment(worksheet.handedInAt)}`);
  if (worksheet.reviewedAt) lines.push(`- Reviewed: ${time.moment(worksheet.reviewedAt)}`);
  if (worksheet.score) {
    const total = worksheet.score.total === null ? 'not complete' : String(worksheet.score.total);
    lines.push(
      `- ${worksheet.score.measure} total: ${total}${worksheet.score.severity ? ` (${worksheet.score.severity})` : ''}`,
    );
  }
  lines.push('');
  if (worksheet.answers.length > 0) lines.push('### Answers', '', ...answerLines(worksheet.answers), '');
  for (const entry of worksheet.entries) {
    lines.push(
      `### ${text(entry.groupLabel)}: ${entry.date ? time.day(entry.date) : 'no date'}`,
      '',
      ...answerLines(entry.fields),
      '',
    );
  }
  if (worksheet.comments.length > 0) {
    lines.push('### Comments', '');
    for (const thread of worksheet.comments) lines.push(...threadLines(thread, time));
    lines.push('');
  }
  return lines;
}

/** The export as a Markdown document a person can read and keep. */
export function exportMarkdown(exported: ApiClientExport): string {
  const time = recordTime(exported.timeZone);
  const lines = [
    `# Record of ${text(exported.client.displayName)}`,
    '',
    `${text(exported.practice.name)} · exported ${time.moment(exported.exportedAt)}`,
    '',
  ];
  for (const worksheet of exported.worksheets) lines.push(...worksheetSection(worksheet, time));
  if (exported.privateNotes && exported.privateNotes.length > 0) {
    lines.push('## Private notes (therapist only)', '');
    for (const note of exported.privateNotes)
      lines.push(`- ${time.moment(note.createdAt)}: ${text(note.body)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

import type { ApiClientExport, ApiWorksheetRecord } from '@interlude/schema/api';

/** Markdown-safe text: characters that would start formatting are escaped, lines kept. */
function text(value: string): string {
  return value.replace(/([\\`*_[\]#<>|])/g, '\\$1');
}

function answerLines(answers: ApiWorksheetRecord['answers'], indent = ''): string[] {
  return answers.map(
    (answer) =>
      `${indent}- **${text(answer.label || answer.kind)}**: ${answer.answer === null ? '_not answered_' : text(answer.answer).replace(/\n/g, `\n${indent}  `)}`,
  );
}

function worksheetSection(worksheet: ApiWorksheetRecord): string[] {
  const lines = [`## ${text(worksheet.title)}`, ''];
  lines.push(`- Status: ${worksheet.status}`);
  lines.push(`- Assigned: ${worksheet.assignedAt.slice(0, 10)}`);
  if (worksheet.dueDate) lines.push(`- Due: ${worksheet.dueDate}`);
  if (worksheet.handedInAt) lines.push(`- Handed in: ${worksheet.handedInAt}`);
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
      `### ${text(entry.groupLabel)}: ${entry.date ?? 'no date'}`,
      '',
      ...answerLines(entry.fields),
      '',
    );
  }
  if (worksheet.comments.length > 0) {
    lines.push('### Comments', '');
    for (const comment of worksheet.comments)
      lines.push(`- ${text(comment.author)} (${comment.createdAt}): ${text(comment.text)}`);
    lines.push('');
  }
  return lines;
}

/** The export as a Markdown document a person can read and keep. */
export function exportMarkdown(exported: ApiClientExport): string {
  const lines = [
    `# Record of ${text(exported.client.displayName)}`,
    '',
    `${text(exported.practice.name)} · exported ${exported.exportedAt}`,
    '',
  ];
  for (const worksheet of exported.worksheets) lines.push(...worksheetSection(worksheet));
  if (exported.privateNotes && exported.privateNotes.length > 0) {
    lines.push('## Private notes (therapist only)', '');
    for (const note of exported.privateNotes) lines.push(`- ${note.createdAt}: ${text(note.body)}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

import type { ExtractedResponse, ExtractedResponses } from '@interlude/schema';

function describeValue(response: ExtractedResponse): string {
  const { value } = response;
  if (value === null) return '(not answered)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : '(nothing ticked)';
  return String(value);
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}

/**
 * A worksheet's answers as plain text a person can read, keep or send to their therapist: what is
 * offered when changes could not reach the server (access ended, signed out) or the worksheet is
 * read-only.
 */
export function answersAsText(title: string, responses: ExtractedResponses, exportedAt: Date): string {
  const parts = [title, `Copied from this device on ${exportedAt.toLocaleString()}`, ''];
  for (const response of responses.responses) {
    parts.push(response.label || '(untitled)', indent(describeValue(response), 2), '');
  }
  for (const group of responses.entryGroups) {
    parts.push(group.label || 'Entries');
    if (group.entries.length === 0) parts.push('  (no entries)');
    group.entries.forEach((entry, index) => {
      parts.push(`  ${group.entryLabel || 'Entry'} ${index + 1}${entry.date ? ` (${entry.date})` : ''}`);
      for (const field of entry.fields)
        parts.push(`    ${field.label || '(untitled)'}: ${describeValue(field)}`);
    });
    parts.push('');
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

import type { DerivedEntry, DerivedResponse, DerivedWorksheet } from './derived-worksheet.js';

/** One answer that is new, changed or cleared since the review (values as the client gave them). */
export interface AnswerChange {
  change: 'new' | 'changed' | 'cleared';
  nodeId: string;
  label: string;
  entryId: string | null;
  entryDate: string | null;
  before: string | null;
  after: string | null;
}

export interface ReviewChanges {
  answers: AnswerChange[];
  newEntries: DerivedEntry[];
}

const keyOf = (response: DerivedResponse) => `${response.entryId ?? ''}\u0000${response.nodeId}`;

/** How a stored answer reads to a person: text as is, lists joined, ticks as yes/no. */
export function displayValue(value: string | null): string | null {
  if (value === null) return null;
  const parsed: unknown = JSON.parse(value);
  if (Array.isArray(parsed)) return parsed.join(', ');
  if (parsed === true) return 'yes';
  if (parsed === false) return 'no';
  return String(parsed);
}

/**
 * What the client added or changed between the derived responses kept at the last review and now. A goal
 * step left unticked is not an answer; ticking it is. Never reviewed: everything answered is new.
 */
export function reviewChanges(before: DerivedWorksheet | null, after: DerivedWorksheet): ReviewChanges {
  const earlier = new Map((before?.responses ?? []).map((response) => [keyOf(response), response]));
  const answered = (response: DerivedResponse | undefined) =>
    response !== undefined &&
    response.value !== null &&
    !(response.kind === 'goalStep' && response.value === 'false');
  const answers: AnswerChange[] = [];
  for (const response of after.responses) {
    const previous = earlier.get(keyOf(response));
    const was = answered(previous);
    const is = answered(response);
    if (!was && !is) continue;
    if (was && is && previous!.value === response.value) continue;
    answers.push({
      change: !was ? 'new' : !is ? 'cleared' : 'changed',
      nodeId: response.nodeId,
      label: response.label,
      entryId: response.entryId,
      entryDate: response.entryDate,
      before: was ? (previous!.display ?? displayValue(previous!.value)) : null,
      after: is ? (response.display ?? displayValue(response.value)) : null,
    });
  }
  const knownEntries = new Set((before?.entries ?? []).map((entry) => entry.entryId));
  return { answers, newEntries: after.entries.filter((entry) => !knownEntries.has(entry.entryId)) };
}

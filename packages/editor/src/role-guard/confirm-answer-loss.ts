import type { AnsweredNode } from '@interlude/schema';

/** The question put to the therapist before answers are thrown away. */
export function answerLossQuestion(lost: readonly AnsweredNode[]): string {
  const names = lost.map((answer) => `• ${answer.label || answer.nodeType}`).join('\n');
  const noun = lost.length === 1 ? 'an answer' : `${lost.length} answers`;
  return `This removes ${noun} your client already gave:\n${names}\n\nRemove anyway?`;
}

/** The default confirmation: the browser's own dialog, which every screen reader and phone understands. */
export function confirmWithBrowserDialog(lost: readonly AnsweredNode[]): boolean {
  if (typeof window === 'undefined' || typeof window.confirm !== 'function') return false;
  return window.confirm(answerLossQuestion(lost));
}

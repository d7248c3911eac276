import type { ApiCommentContext } from './export-views.js';

/**
 * Where a comment sits as one phrase, the same in the print view, the export and the review:
 * "on “Why?”", "on “Why?”, on the words “…”", "on the worksheet’s text", "detached …".
 */
export function describeCommentContext(context: ApiCommentContext): string {
  if (context.kind === 'detached') return 'detached (its text or block was removed)';
  const where = context.label === null ? 'on the worksheet’s text' : `on “${context.label}”`;
  return context.quote === null ? where : `${where}, on the words “${context.quote}”`;
}

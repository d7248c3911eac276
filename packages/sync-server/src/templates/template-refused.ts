import type { TemplateFileProblem } from '@interlude/schema';

/** Why a template could not be made, changed or imported; each says what the therapist can do. */
export type TemplateRefusal =
  | 'template-not-found'
  | 'built-in-template'
  | 'template-archived'
  | 'invalid-content'
  | 'invalid-template-file';

/** A template was not created, saved or imported, and nothing was stored. */
export class TemplateRefused extends Error {
  override name = 'TemplateRefused';
  constructor(
    readonly reason: TemplateRefusal,
    message: string,
    /** Every problem found, for a refused file or content (each in words a therapist can act on). */
    readonly problems: readonly TemplateFileProblem[] = [],
  ) {
    super(message);
  }
}

export const templateNotFound = (templateId: string) =>
  new TemplateRefused(
    'template-not-found',
    `There is no template "${templateId}" in your practice's library, or it is not yours to see.`,
  );

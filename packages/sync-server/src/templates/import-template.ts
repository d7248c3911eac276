import { readTemplateFile } from '@interlude/schema/tiptap';
import type { TemplateSummary } from '../api/api-dependencies.js';
import type { PracticeTemplate } from './practice-template.js';
import { newTemplateId } from './template-id.js';
import { TemplateRefused } from './template-refused.js';
import type { TemplateActor, TemplateUseCaseDependencies } from './template-use-case.js';

export interface ImportTemplateInput extends TemplateActor {
  /** The file as uploaded. */
  file: string;
}

export interface ImportedTemplateResult {
  /** The saved template; null when the file is exactly a built-in measure (nothing saved). */
  template: PracticeTemplate | null;
  sameAsBuiltIn: TemplateSummary | null;
  /** What was changed on the way in, in plain words. */
  notes: string[];
}

/**
 * Imports a colleague's template file as one of the practice's own. The file is trusted in nothing
 * (`readTemplateFile`); any problem refuses all of it, so nothing partial is ever saved.
 */
export async function importTemplate(
  { accounts, templates }: TemplateUseCaseDependencies,
  { therapist, file, address }: ImportTemplateInput,
): Promise<ImportedTemplateResult> {
  const reading = readTemplateFile(file);
  if (!reading.ok) {
    const [first, ...more] = reading.problems;
    const others =
      more.length === 0 ? '' : ` (and ${more.length} more problem${more.length === 1 ? '' : 's'})`;
    throw new TemplateRefused(
      'invalid-template-file',
      `Nothing was imported: ${first?.message ?? 'the file cannot be read.'}${others}`,
      reading.problems,
    );
  }
  const measure = reading.sameAsBuiltInMeasure;
  if (measure) {
    const builtIn = (await templates.list(therapist.practiceId)).find(
      (entry) => entry.measure?.id === measure.id && entry.measure.version === measure.version,
    );
    if (builtIn) return { template: null, sameAsBuiltIn: builtIn, notes: reading.notes };
  }
  const { kind, ...details } = reading.template;
  return accounts.inTransaction(async (tx) => {
    const template = await accounts.templates.in(tx).create({
      id: newTemplateId(),
      practiceId: therapist.practiceId,
      basedOn: null,
      // The reader turns a claimed measure into an ordinary template already; this keeps the type honest.
      details: { ...details, kind: kind === 'measure' ? 'worksheet' : kind },
      savedBy: therapist.id,
    });
    await accounts.audit.in(tx).record({
      action: 'template-imported',
      practiceId: therapist.practiceId,
      actorUserId: therapist.id,
      address: address ?? null,
      details: { templateId: template.id, notes: reading.notes.length },
    });
    return { template, sameAsBuiltIn: null, notes: reading.notes };
  });
}

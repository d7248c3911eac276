import { measureItemTemplates } from '@interlude/schema';
import type { ApiTemplateInput } from '@interlude/schema/api';
import { checkTemplateContent } from '@interlude/schema/tiptap';
import { ownTemplateForChange } from './own-template-for-change.js';
import type { PracticeTemplate } from './practice-template.js';
import { TemplateRefused } from './template-refused.js';
import type { TemplateActor, TemplateUseCaseDependencies } from './template-use-case.js';

export interface SaveTemplateInput extends TemplateActor {
  templateId: string;
  details: ApiTemplateInput;
}

/**
 * Saves the therapist's edits as the template's next version. Earlier versions stay as they were, and so do
 * worksheets already assigned from them (each document was seeded once, from the version it names).
 * The content is held to the same rules as an imported file.
 */
export async function saveTemplate(
  { accounts, templates }: TemplateUseCaseDependencies,
  { therapist, templateId, details, address }: SaveTemplateInput,
): Promise<PracticeTemplate> {
  const own = await ownTemplateForChange(templates, accounts.templates, therapist.practiceId, templateId);
  if (own.archivedAt !== null) {
    throw new TemplateRefused(
      'template-archived',
      `“${own.title}” is archived. Restore it before changing it.`,
    );
  }
  const checked = checkTemplateContent(details.content);
  if (!checked.ok) {
    throw new TemplateRefused(
      'invalid-content',
      `The template was not saved: ${checked.problems.map((found) => found.message).join(' ')}`,
      checked.problems,
    );
  }
  // Refused rather than stripped: what is saved is always what the editor showed, and only the built-in,
  // published questionnaires carry scored items.
  if (measureItemTemplates(checked.content).length > 0) {
    throw new TemplateRefused(
      'invalid-content',
      'The template was not saved: it contains scored questionnaire items, which only the built-in measures may have. Make them ordinary choices, or assign the built-in measure.',
    );
  }
  return accounts.inTransaction(async (tx) => {
    const saved = await accounts.templates
      .in(tx)
      .saveVersion(therapist.practiceId, own.id, { ...details, content: checked.content }, therapist.id);
    await accounts.audit.in(tx).record({
      action: 'template-saved',
      practiceId: therapist.practiceId,
      actorUserId: therapist.id,
      address: address ?? null,
      details: { templateId: saved.id, version: saved.version },
    });
    return saved;
  });
}

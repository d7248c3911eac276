import { doc, heading, measureItemTemplates, prompt, unscoredCopy } from '@interlude/schema';
import type { TemplateEntry } from '../api/api-dependencies.js';
import type { PracticeTemplate, TemplateDetails } from './practice-template.js';
import { newTemplateId } from './template-id.js';
import { templateNotFound } from './template-refused.js';
import type { TemplateActor, TemplateUseCaseDependencies } from './template-use-case.js';

export interface CreateTemplateInput extends TemplateActor {
  /** Duplicate this template (built-in or own); a blank template when absent. */
  fromTemplateId?: string | undefined;
}

/**
 * A therapist starts a template of their own: blank, or a copy of one in the library. A copy of a scored
 * measure is an ordinary template that is not scored (its items become plain choices), and its description
 * says so: only the published questionnaire, assigned as the built-in, is scored.
 */
export async function createTemplate(
  { accounts, templates }: TemplateUseCaseDependencies,
  { therapist, fromTemplateId, address }: CreateTemplateInput,
): Promise<PracticeTemplate> {
  const source =
    fromTemplateId === undefined ? undefined : await templates.find(therapist.practiceId, fromTemplateId);
  if (fromTemplateId !== undefined && !source) throw templateNotFound(fromTemplateId);
  const details = source ? duplicateDetails(source) : blankDetails();
  return accounts.inTransaction(async (tx) => {
    const template = await accounts.templates.in(tx).create({
      id: newTemplateId(),
      practiceId: therapist.practiceId,
      basedOn: source ? { id: source.id, title: source.title } : null,
      details,
      savedBy: therapist.id,
    });
    await accounts.audit.in(tx).record({
      action: 'template-created',
      practiceId: therapist.practiceId,
      actorUserId: therapist.id,
      address: address ?? null,
      details: { templateId: template.id, basedOn: source?.id ?? null },
    });
    return template;
  });
}

/** Something for the editor to start from: a heading and one question. */
function blankDetails(): TemplateDetails {
  return {
    title: 'Untitled template',
    purpose: '',
    description: '',
    kind: 'worksheet',
    approaches: [],
    topics: [],
    estimatedMinutes: 10,
    tags: [],
    content: doc(heading(2, 'About this worksheet'), prompt({ question: 'Your first question' })),
  };
}

function duplicateDetails(source: TemplateEntry): TemplateDetails {
  const scored = source.measure !== null || measureItemTemplates(source.content).length > 0;
  // The measure's own description promises scoring and flags: a copy must not repeat it.
  const description = scored
    ? `An unscored copy of ${source.title}'s questions: answers are not scored and raise no severity or safety flag. Assign the built-in ${source.title} when you need its score.`
    : source.description;
  return {
    title: limit(`Copy of ${source.title}`, 200),
    purpose: scored ? `${source.title}'s questions, not scored.` : source.purpose,
    description: limit(description, 2_000),
    kind: source.kind === 'measure' ? 'worksheet' : source.kind,
    approaches: [...source.approaches],
    topics: [...source.topics],
    estimatedMinutes: source.estimatedMinutes,
    tags: [...source.tags],
    content: scored ? unscoredCopy(source.content) : source.content,
  };
}

const limit = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

import type { TemplateCatalogue } from '../api/api-dependencies.js';
import type { PracticeTemplate } from './practice-template.js';
import type { PracticeTemplateStore } from './practice-template-store.js';
import { TemplateRefused, templateNotFound } from './template-refused.js';

/**
 * The practice's own template that a therapist means to change, or why not: a built-in (measures included)
 * is never changed in place, only duplicated; someone else's is as missing as a template that never was.
 */
export async function ownTemplateForChange(
  templates: TemplateCatalogue,
  store: PracticeTemplateStore,
  practiceId: string,
  templateId: string,
): Promise<PracticeTemplate> {
  const entry = await templates.find(practiceId, templateId);
  if (!entry) throw templateNotFound(templateId);
  const own = entry.source === 'practice' ? await store.get(practiceId, templateId) : undefined;
  if (!own) {
    const what = entry.measure ? 'a scored measure' : 'a built-in template';
    throw new TemplateRefused(
      'built-in-template',
      `“${entry.title}” is ${what} and cannot be changed. Duplicate it to make a copy of your own that you can edit${entry.measure ? ' (the copy is not scored)' : ''}.`,
    );
  }
  return own;
}

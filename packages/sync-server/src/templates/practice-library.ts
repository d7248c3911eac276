import { defineTemplate, type WorksheetJSON } from '@interlude/schema';
import { encodeTemplateSeed } from '@interlude/schema/tiptap';
import type { TemplateCatalogue, TemplateEntry } from '../api/api-dependencies.js';
import type { BuiltInTemplates } from './built-in-templates.js';
import type { PracticeTemplate } from './practice-template.js';
import type { PracticeTemplateStore } from './practice-template-store.js';
import { templateEntryFields } from './template-entry-fields.js';

/**
 * One catalogue per practice: the built-in library, then the practice's own templates. Own templates seed
 * worksheets with their own id and current version and never with a measure (only the catalogue's published
 * questionnaires are scored).
 */
export function practiceLibrary(builtIns: BuiltInTemplates, own: PracticeTemplateStore): TemplateCatalogue {
  const summary = ({ content: _content, ...rest }: TemplateEntry) => rest;
  return {
    list: async (practiceId) => [
      ...builtIns.list().map(summary),
      ...(await own.listForPractice(practiceId)).map((template) => summary(ownTemplateEntry(template))),
    ],
    async find(practiceId, templateId) {
      const builtIn = builtIns.find(templateId);
      if (builtIn) return builtIn;
      const template = await own.get(practiceId, templateId);
      return template && ownTemplateEntry(template);
    },
    async seedWorksheet(practiceId, templateId, options) {
      const builtIn = builtIns.seedWorksheet(templateId, options);
      if (builtIn) return builtIn;
      const template = await own.get(practiceId, templateId);
      if (!template || template.archivedAt !== null) return undefined;
      const title = options.title ?? template.title;
      const content = options.content as WorksheetJSON | undefined;
      // No `measure`: the seed's meta names this template and version and nothing to score.
      const seedable = defineTemplate({ ...template, evidence: undefined, measure: undefined });
      const update = encodeTemplateSeed(seedable, { title, ...(content ? { content } : {}) });
      return { template: summary(ownTemplateEntry(template)), title, update };
    },
  };
}

/** An own template as the API shows it. */
export function ownTemplateEntry(template: PracticeTemplate): TemplateEntry {
  return {
    id: template.id,
    source: 'practice',
    version: template.version,
    ...templateEntryFields(template),
    evidence: null,
    measure: null,
    archived: template.archivedAt !== null,
    basedOn: template.basedOn,
    updatedAt: new Date(template.updatedAt).toISOString(),
  };
}

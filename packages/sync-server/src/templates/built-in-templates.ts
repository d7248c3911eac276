import type { WorksheetJSON, WorksheetTemplate } from '@interlude/schema';
import { encodeTemplateSeed } from '@interlude/schema/tiptap';
import type { SeededWorksheet, TemplateEntry } from '../api/api-dependencies.js';
import { templateEntryFields } from './template-entry-fields.js';

/** The schema package's library as the server offers it to every practice alike. */
export interface BuiltInTemplates {
  list(): TemplateEntry[];
  find(templateId: string): TemplateEntry | undefined;
  seedWorksheet(
    templateId: string,
    options: { title?: string; content?: unknown },
  ): SeededWorksheet | undefined;
}

/**
 * Seeds documents with the schema's encoder (once each), which refuses a tailored copy of a scored measure
 * whose items differ from the published ones.
 */
export function builtInTemplates(templates: readonly WorksheetTemplate[]): BuiltInTemplates {
  const byId = new Map(templates.map((template) => [template.id, template]));
  const entry = (template: WorksheetTemplate): TemplateEntry => ({
    id: template.id,
    source: 'built-in',
    version: template.version,
    ...templateEntryFields(template),
    evidence: template.evidence ?? null,
    measure: template.measure ? { ...template.measure } : null,
    archived: false,
    basedOn: null,
    updatedAt: null,
  });
  return {
    list: () => templates.map(entry),
    find(templateId) {
      const template = byId.get(templateId);
      return template && entry(template);
    },
    seedWorksheet(templateId, options) {
      const template = byId.get(templateId);
      if (!template) return undefined;
      const title = options.title ?? template.title;
      const content = options.content as WorksheetJSON | undefined;
      const update = encodeTemplateSeed(template, { title, ...(content ? { content } : {}) });
      const { content: _content, ...summary } = entry(template);
      return { template: summary, title, update };
    },
  };
}

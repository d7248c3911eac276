import { questionsOf, type WorksheetJSON, type WorksheetTemplate } from '@interlude/schema';
import { encodeTemplateSeed } from '@interlude/schema/tiptap';
import type { TemplateCatalogue, TemplateSummary } from './api-dependencies.js';

/**
 * The schema package's templates as the API offers them; seeds documents with its encoder (once each), which
 * refuses a tailored copy of a scored measure whose items differ from the published ones.
 */
export function schemaTemplateCatalogue(templates: readonly WorksheetTemplate[]): TemplateCatalogue {
  const byId = new Map(templates.map((template) => [template.id, template]));
  const summary = (template: WorksheetTemplate): TemplateSummary => ({
    id: template.id,
    source: 'built-in',
    version: template.version,
    title: template.title,
    kind: template.kind,
    purpose: template.purpose,
    description: template.description,
    estimatedMinutes: template.estimatedMinutes,
    tags: [...template.tags],
    approaches: [...template.approaches],
    topics: [...template.topics],
    evidence: template.evidence ?? null,
    measure: template.measure ? { ...template.measure } : null,
    questions: questionsOf(template.content),
    archived: false,
    basedOn: null,
    updatedAt: null,
  });
  return {
    list: () => templates.map(summary),
    seedWorksheet(templateId, options) {
      const template = byId.get(templateId);
      if (!template) return undefined;
      const title = options.title ?? template.title;
      const content = options.content as WorksheetJSON | undefined;
      const update = encodeTemplateSeed(template, { title, ...(content ? { content } : {}) });
      return { template: summary(template), title, update };
    },
  };
}

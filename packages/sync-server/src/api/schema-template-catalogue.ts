import type { WorksheetJSON, WorksheetTemplate } from '@interlude/schema';
import { encodeTemplateSeed } from '@interlude/schema/tiptap';
import type { TemplateCatalogue } from './api-dependencies.js';

/**
 * The schema package's templates as the API offers them; seeds documents with its encoder (once each), which
 * refuses a tailored copy of a scored measure whose items differ from the published ones.
 */
export function schemaTemplateCatalogue(templates: readonly WorksheetTemplate[]): TemplateCatalogue {
  const byId = new Map(templates.map((template) => [template.id, template]));
  const summary = ({ id, version, title, kind, description, estimatedMinutes, tags }: WorksheetTemplate) => ({
    id,
    version,
    title,
    kind,
    description,
    estimatedMinutes,
    tags: [...tags],
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

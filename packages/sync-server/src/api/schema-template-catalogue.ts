import { type WorksheetJSON, type WorksheetTemplate, worksheetMetaForTemplate } from '@interlude/schema';
import { encodeWorksheetSeed } from '@interlude/schema/tiptap';
import type { TemplateCatalogue } from './api-dependencies.js';

/** The schema package's templates as the API offers them; seeds documents with its encoder (once each). */
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
      const content = (options.content as WorksheetJSON | undefined) ?? template.content;
      const update = encodeWorksheetSeed(content, worksheetMetaForTemplate(template, title));
      return { template: summary(template), title, update };
    },
  };
}

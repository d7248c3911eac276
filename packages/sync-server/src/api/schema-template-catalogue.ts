import {
  encodeWorksheetSeed,
  WORKSHEET_SCHEMA_VERSION,
  type WorksheetJSON,
  type WorksheetKind,
} from '@interlude/schema';
import type { TemplateCatalogue, TemplateSummary } from './api-dependencies.js';

/** A catalogue entry as the schema package describes templates: the summary plus its Tiptap JSON. */
export interface CatalogueTemplate extends Omit<TemplateSummary, 'kind'> {
  kind: WorksheetKind;
  content: WorksheetJSON;
  measure?: { id: string; version: number };
}

/** Seeds worksheet documents from catalogue templates with the schema package's encoder (exactly once each). */
export function schemaTemplateCatalogue(templates: readonly CatalogueTemplate[]): TemplateCatalogue {
  const byId = new Map(templates.map((template) => [template.id, template]));
  const summary = ({ id, version, title, kind, description, estimatedMinutes, tags }: CatalogueTemplate) => ({
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
      const update = encodeWorksheetSeed(content, {
        schemaVersion: WORKSHEET_SCHEMA_VERSION,
        title,
        kind: template.kind,
        templateId: template.id,
        templateVersion: template.version,
        ...(template.measure ? { measure: template.measure } : {}),
      });
      return { template: summary(template), title, update };
    },
  };
}

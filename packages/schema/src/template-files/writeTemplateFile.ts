import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { TEMPLATE_FILE_FORMAT, TEMPLATE_FILE_VERSION, type TemplateFile } from './templateFileFormat.js';

export interface ExportableTemplate {
  title: string;
  purpose: string;
  description: string;
  kind: TemplateFile['template']['kind'];
  approaches: readonly TemplateFile['template']['approaches'][number][];
  topics: readonly TemplateFile['template']['topics'][number][];
  estimatedMinutes: number;
  tags: readonly string[];
  measure?: TemplateFile['template']['measure'];
  content: WorksheetJSON;
}

/** A template as the file a therapist downloads and a colleague imports (docs/template-file.md). */
export function writeTemplateFile(template: ExportableTemplate, exportedAt: Date): string {
  const file: TemplateFile = {
    format: TEMPLATE_FILE_FORMAT,
    formatVersion: TEMPLATE_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    template: {
      title: template.title,
      purpose: template.purpose,
      description: template.description,
      kind: template.kind,
      approaches: [...template.approaches],
      topics: [...template.topics],
      estimatedMinutes: template.estimatedMinutes,
      tags: [...template.tags],
      ...(template.measure ? { measure: template.measure } : {}),
      content: template.content as TemplateFile['template']['content'],
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

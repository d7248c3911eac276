import { questionsOf, type WorksheetJSON } from '@interlude/schema';
import type { TemplateEntry } from '../api/api-dependencies.js';

/** What a built-in template and a practice's own one share, as the library shows them. */
export interface TemplateContentFields {
  title: string;
  kind: TemplateEntry['kind'];
  purpose: string;
  description: string;
  estimatedMinutes: number;
  tags: readonly string[];
  approaches: readonly TemplateEntry['approaches'][number][];
  topics: readonly TemplateEntry['topics'][number][];
  content: WorksheetJSON;
}

/** The library entry's fields that come straight from the template, copied so callers cannot share arrays. */
export function templateEntryFields(template: TemplateContentFields) {
  return {
    title: template.title,
    kind: template.kind,
    purpose: template.purpose,
    description: template.description,
    estimatedMinutes: template.estimatedMinutes,
    tags: [...template.tags],
    approaches: [...template.approaches],
    topics: [...template.topics],
    questions: questionsOf(template.content),
    content: template.content,
  };
}

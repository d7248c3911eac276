import type { LibraryTopic, TherapyApproach } from '@interlude/schema';
import type { TemplateDetail, TemplateInput } from '../../../api/templates';

/** The details form's fields: tags as one comma-separated line, minutes as typed. */
export interface TemplateFormValues {
  title: string;
  purpose: string;
  description: string;
  kind: TemplateInput['kind'];
  approaches: TherapyApproach[];
  topics: LibraryTopic[];
  estimatedMinutes: number;
  tags: string;
}

export function formValuesOf(template: TemplateDetail): TemplateFormValues {
  return {
    title: template.title,
    purpose: template.purpose,
    description: template.description,
    kind: template.kind === 'measure' ? 'worksheet' : template.kind,
    approaches: [...template.approaches],
    topics: [...template.topics],
    estimatedMinutes: template.estimatedMinutes,
    tags: template.tags.join(', '),
  };
}

/** What PUT /api/templates/:id takes: the form's details and the editor's content. */
export function templateInputOf(values: TemplateFormValues, content: Record<string, unknown>): TemplateInput {
  return {
    title: values.title.trim(),
    purpose: values.purpose.trim(),
    description: values.description.trim(),
    kind: values.kind,
    approaches: values.approaches,
    topics: values.topics,
    estimatedMinutes: Number(values.estimatedMinutes),
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    content,
  };
}

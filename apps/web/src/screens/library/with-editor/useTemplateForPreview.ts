import { findTemplate } from '@interlude/schema';
import { ApiError } from '../../../api/http';
import { type TemplateDetail, useTemplateDetail } from '../../../api/templates';
import { useTemplates } from '../../../api/worksheets';

/**
 * The template to preview: `GET /api/templates/:id`, or, while that route is not on the server yet
 * (404, or the app's HTML instead of JSON), the built-in catalogue's content joined to the list's entry.
 * Remove the fallback once every server has the detail route.
 */
export function useTemplateForPreview(templateId: string) {
  const detail = useTemplateDetail(templateId);
  const list = useTemplates();
  const hasContent = typeof detail.data?.content === 'object' && detail.data?.content !== null;
  if (hasContent) return { template: detail.data, error: null, pending: false };

  const routeMissing =
    (detail.error instanceof ApiError && detail.error.status === 404) || (detail.isSuccess && !hasContent);
  const builtIn = findTemplate(templateId);
  const listed = list.data?.find((template) => template.id === templateId);
  if (routeMissing && builtIn && listed) {
    const template: TemplateDetail = { ...listed, content: builtIn.content as Record<string, unknown> };
    return { template, error: null, pending: false };
  }
  const failed = detail.error && !(routeMissing && builtIn) ? detail.error : list.error;
  return { template: undefined, error: failed ?? null, pending: !failed };
}

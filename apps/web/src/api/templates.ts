import type { ApiTemplateDetail, ApiTemplateImport, ApiTemplateInput } from '@interlude/schema/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from './http';
import { queryKeys } from './query-keys';

export type TemplateDetail = ApiTemplateDetail;
export type TemplateInput = ApiTemplateInput;
export type TemplateImport = ApiTemplateImport;
export interface TemplateFileProblem {
  code: string;
  message: string;
}

const templatePath = (templateId: string) => `/api/templates/${encodeURIComponent(templateId)}`;
/** Under the list's key, so invalidating the list refreshes every detail too. */
const templateKey = (templateId: string) => [...queryKeys.templates, templateId] as const;

/** Where the browser downloads a template file from (the server names the file). */
export const templateExportUrl = (templateId: string) => `${templatePath(templateId)}/export`;

/** One template with its content, for the preview and the template editor. */
export function useTemplateDetail(templateId: string) {
  return useQuery({
    queryKey: templateKey(templateId),
    queryFn: () => api.get<TemplateDetail>(templatePath(templateId)),
    retry: false,
  });
}

function useRefreshTemplates() {
  const queryClient = useQueryClient();
  return (saved?: TemplateDetail) => {
    if (saved) queryClient.setQueryData(templateKey(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: queryKeys.templates });
  };
}

/** A blank template, or a copy of `fromTemplateId` (a measure's copy is unscored). */
export function useCreateTemplate() {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (fromTemplateId?: string) =>
      api.post<TemplateDetail>('/api/templates', fromTemplateId ? { fromTemplateId } : {}),
    onSuccess: (created) => refresh(created),
  });
}

/** Saves a new version of one of the practice's templates. */
export function useSaveTemplate(templateId: string) {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (input: TemplateInput) => api.put<TemplateDetail>(templatePath(templateId), input),
    onSuccess: (saved) => refresh(saved),
  });
}

export function useSetTemplateArchived(templateId: string) {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (archived: boolean) =>
      api.post<TemplateDetail>(`${templatePath(templateId)}/${archived ? 'archive' : 'restore'}`),
    onSuccess: () => refresh(),
  });
}

/** Sends a template file's text; the server reads, checks and saves it. */
export function useImportTemplate() {
  const refresh = useRefreshTemplates();
  return useMutation({
    mutationFn: (fileText: string) => api.postText<TemplateImport>('/api/templates/import', fileText),
    onSuccess: () => refresh(),
  });
}

/** The problems a refused template file came back with (422 `invalid-template-file`), else none. */
export function importProblemsOf(error: unknown): TemplateFileProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'invalid-template-file') return [];
  const problems = (error.details as { problems?: unknown } | null)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (problem): problem is TemplateFileProblem =>
      typeof problem?.code === 'string' && typeof problem?.message === 'string',
  );
}

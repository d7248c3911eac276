import type { RepeatRule } from '@interlude/schema';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './http';
import { queryKeys } from './query-keys';
import type { Template, WorksheetSummary } from './types';

/** A therapist's worksheets across all clients, or a client's own; `refetchInterval` as in useClients. */
export function useWorksheets(options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.worksheets,
    queryFn: () => api.get<WorksheetSummary[]>('/api/worksheets'),
    ...options,
  });
}

export function useWorksheet(worksheetId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.worksheet(worksheetId),
    queryFn: () => api.get<WorksheetSummary>(`/api/worksheets/${encodeURIComponent(worksheetId)}`),
    retry: false,
    // Starts from the list's entry (kept for offline use), so a worksheet never opened before opens
    // offline from the copy prefetched to the device; it is asked again as soon as there is a network.
    initialData: () =>
      queryClient
        .getQueryData<WorksheetSummary[]>(queryKeys.worksheets)
        ?.find(({ id }) => id === worksheetId),
    initialDataUpdatedAt: () => queryClient.getQueryState(queryKeys.worksheets)?.dataUpdatedAt,
  });
}

export function useTemplates() {
  return useQuery({
    queryKey: queryKeys.templates,
    queryFn: () => api.get<Template[]>('/api/templates'),
    staleTime: 10 * 60_000,
  });
}

export interface AssignInput {
  templateId: string;
  title?: string;
  dueDate?: string;
  note?: string;
  /** false keeps it a draft only the therapist sees, to tailor and send later. */
  send: boolean;
  /** Repeats it (then it is always sent): every `everyDays` days, `count` times or until a day. */
  repeat?: RepeatRule;
}

/** Lists touched by a change to worksheets: the overview, the client's page, each worksheet. */
function useInvalidateWorksheets() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.worksheets }),
      queryClient.invalidateQueries({ queryKey: queryKeys.clients }),
    ]);
}

export function useAssignWorksheet(clientId: string) {
  const invalidate = useInvalidateWorksheets();
  return useMutation({
    mutationFn: (input: AssignInput) =>
      api.post<WorksheetSummary>(`/api/clients/${encodeURIComponent(clientId)}/worksheets`, input),
    onSuccess: invalidate,
  });
}

/** Sends a draft to its client, who then finds it in their list. */
export function useSendWorksheet() {
  const invalidate = useInvalidateWorksheets();
  return useMutation({
    mutationFn: (worksheetId: string) =>
      api.post<WorksheetSummary>(`/api/worksheets/${encodeURIComponent(worksheetId)}/send`),
    // ['worksheets'] covers each worksheet's own query too.
    onSuccess: invalidate,
  });
}

/** Ends a repeating assignment: no more occurrences; those already created stay. */
export function useEndSeries() {
  const invalidate = useInvalidateWorksheets();
  return useMutation({
    mutationFn: (seriesId: string) => api.post(`/api/series/${encodeURIComponent(seriesId)}/end`),
    onSuccess: invalidate,
  });
}

export function useDeleteWorksheet() {
  const invalidate = useInvalidateWorksheets();
  return useMutation({
    mutationFn: (worksheetId: string) => api.delete(`/api/worksheets/${encodeURIComponent(worksheetId)}`),
    onSuccess: invalidate,
  });
}

export function useMarkReviewed() {
  const invalidate = useInvalidateWorksheets();
  return useMutation({
    mutationFn: (worksheetId: string) =>
      api.post(`/api/worksheets/${encodeURIComponent(worksheetId)}/review`),
    onSuccess: invalidate,
  });
}

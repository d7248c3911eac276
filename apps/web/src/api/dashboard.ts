import type { ApiClientFigures } from '@interlude/schema/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './http';
import { queryKeys } from './query-keys';

export type ClientFigures = ApiClientFigures;

/** Per client: last activity, recent completion, latest measure and its change, an open safety flag. */
export function useDashboardFigures(options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.dashboard,
    queryFn: () => api.get<ClientFigures[]>('/api/dashboard'),
    ...options,
  });
}

export function useAcknowledgeFlag(worksheetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) =>
      api.post(`/api/worksheets/${encodeURIComponent(worksheetId)}/acknowledge-flag`, { note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
  });
}

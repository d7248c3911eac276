import type { ApiClientProgress } from '@interlude/schema/api';
import { useQuery } from '@tanstack/react-query';
import { api } from './http';
import { queryKeys } from './query-keys';

export type ClientProgress = ApiClientProgress;

/** A client's progress for their therapist (with severity bands). */
export function useClientProgress(clientId: string) {
  return useQuery({
    queryKey: queryKeys.clientProgress(clientId),
    queryFn: () => api.get<ClientProgress>(`/api/clients/${encodeURIComponent(clientId)}/progress`),
  });
}

/** The signed-in client's own progress (totals, no bands). */
export function useOwnProgress() {
  return useQuery({
    queryKey: queryKeys.ownProgress,
    queryFn: () => api.get<ClientProgress>('/api/me/progress'),
  });
}

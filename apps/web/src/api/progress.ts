import type { ApiClientProgress, ApiReviewChanges } from '@interlude/schema/api';
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

export type ReviewChanges = ApiReviewChanges;

/** What the client added or changed since the therapist last marked the worksheet reviewed. */
export function useReviewChanges(worksheetId: string) {
  return useQuery({
    queryKey: queryKeys.reviewChanges(worksheetId),
    queryFn: () => api.get<ReviewChanges>(`/api/worksheets/${encodeURIComponent(worksheetId)}/changes`),
  });
}

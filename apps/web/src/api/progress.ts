import type { ApiClientProgress, ApiReviewChanges, ApiWorksheetRecord } from '@interlude/schema/api';
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

export type WorksheetRecordView = ApiWorksheetRecord;

/** One worksheet with its answers as a person reads them (the print view). */
export function useWorksheetRecord(worksheetId: string) {
  return useQuery({
    queryKey: queryKeys.worksheetRecord(worksheetId),
    queryFn: () => api.get<WorksheetRecordView>(`/api/worksheets/${encodeURIComponent(worksheetId)}/record`),
  });
}

/** Where the client's record downloads from (the browser saves the attachment). */
export function exportUrl(clientId: string, format: 'json' | 'md'): string {
  return `/api/clients/${encodeURIComponent(clientId)}/export?format=${format}`;
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './http';
import { queryKeys } from './query-keys';
import type { AuditEntry, Practice } from './types';

export function usePractice() {
  return useQuery({ queryKey: queryKeys.practice, queryFn: () => api.get<Practice>('/api/practice') });
}

export function useUpdatePractice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; crisisText: string; timeZone: string }) =>
      api.patch<Practice>('/api/practice', input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.practice }),
        queryClient.invalidateQueries({ queryKey: queryKeys.me }),
      ]),
  });
}

/** The audit log; the API may answer a bare list or `{entries}`. */
export function useAuditLog() {
  return useQuery({
    queryKey: queryKeys.audit,
    queryFn: async () => {
      const answer = await api.get<AuditEntry[] | { entries: AuditEntry[] }>('/api/audit');
      return Array.isArray(answer) ? answer : answer.entries;
    },
  });
}

import type { ApiPrivateNote } from '@interlude/schema/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './http';
import { queryKeys } from './query-keys';

export type PrivateNote = ApiPrivateNote;

const notesPath = (clientId: string) => `/api/clients/${encodeURIComponent(clientId)}/notes`;

/** The therapist's private notes about a client (all of them, general and per worksheet). */
export function usePrivateNotes(clientId: string) {
  return useQuery({
    queryKey: queryKeys.notes(clientId),
    queryFn: () => api.get<PrivateNote[]>(notesPath(clientId)),
  });
}

export function useAddPrivateNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { body: string; worksheetId: string | null }) =>
      api.post<PrivateNote>(notesPath(clientId), input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notes(clientId) }),
  });
}

export function useDeletePrivateNote(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (noteId: string) => api.delete(`/api/notes/${encodeURIComponent(noteId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.notes(clientId) }),
  });
}

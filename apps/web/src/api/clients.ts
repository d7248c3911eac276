import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './http';
import { queryKeys } from './query-keys';
import type { AddedClient, Client, ClientDetail, OneTimeLink } from './types';

/** `refetchInterval` keeps a screen left open current (the dashboard, so a new safety flag shows). */
export function useClients(options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.clients,
    queryFn: () => api.get<Client[]>('/api/clients'),
    ...options,
  });
}

export function useClient(clientId: string) {
  return useQuery({
    queryKey: queryKeys.client(clientId),
    queryFn: () => api.get<ClientDetail>(`/api/clients/${encodeURIComponent(clientId)}`),
  });
}

export interface AddClientInput {
  displayName: string;
  email: string;
}

export function useAddClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddClientInput) => api.post<AddedClient>('/api/clients', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.clients }),
  });
}

/** A fresh invitation link (the old one stops working). */
export function useNewInvitationLink(clientId: string) {
  return useMutation({
    mutationFn: () =>
      api.post<Partial<AddedClient> & Partial<OneTimeLink>>(
        `/api/clients/${encodeURIComponent(clientId)}/invitation`,
      ),
  });
}

export function useResetLink(clientId: string) {
  return useMutation({
    mutationFn: () =>
      api.post<Partial<OneTimeLink> & { resetUrl?: string }>(
        `/api/clients/${encodeURIComponent(clientId)}/reset-link`,
      ),
  });
}

export function useArchiveClient(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (clientAccess: 'read-only' | 'none') =>
      api.post(`/api/clients/${encodeURIComponent(clientId)}/archive`, { clientAccess }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.clients }),
        queryClient.invalidateQueries({ queryKey: queryKeys.worksheets }),
      ]),
  });
}

/** The link a one-time-link endpoint answered with, whatever it named the field. */
export function linkFrom(answer: unknown): string | null {
  if (typeof answer !== 'object' || answer === null) return null;
  for (const key of ['invitationUrl', 'resetUrl', 'url', 'link']) {
    const value = (answer as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
  }
  return null;
}

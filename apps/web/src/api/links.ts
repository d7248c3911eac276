import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from './http';
import { startingNewSession } from './pending-sign-out';
import { queryKeys } from './query-keys';
import { useSessionChanged } from './session';
import type { Invitation } from './types';

/** Invitation and password-reset links: one-time tokens that set a password and sign the person in. */

/** `enabled: false` once the invitation is being accepted: a used link answers 410, so never ask again. */
export function useInvitation(token: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: queryKeys.invitation(token),
    queryFn: () => api.get<Invitation>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
    enabled,
  });
}

export function useAcceptInvitation(token: string) {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (password: string) =>
      startingNewSession(() =>
        api.post(`/api/invitations/${encodeURIComponent(token)}/accept`, { password }),
      ),
    onSuccess: sessionChanged,
  });
}

export function usePasswordReset(token: string) {
  return useQuery({
    queryKey: queryKeys.passwordReset(token),
    queryFn: () => api.get<Invitation>(`/api/password-resets/${encodeURIComponent(token)}`),
    retry: false,
  });
}

export function useCompletePasswordReset(token: string) {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (password: string) =>
      api.post(`/api/password-resets/${encodeURIComponent(token)}`, { password }),
    onSuccess: sessionChanged,
  });
}

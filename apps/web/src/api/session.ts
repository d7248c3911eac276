import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { forgetPersistedQueries } from '../offline/keep-queries-per-user';
import { ApiError, api } from './http';
import { queryKeys } from './query-keys';
import type { Me } from './types';

/** The signed-in person and their practice; `null` when nobody is signed in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/** Who is signed in as far as this page knows, without asking the server (undefined: not known yet). */
export function useCachedMe(): Me | null | undefined {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, enabled: false }).data;
}

export interface SignInInput {
  email: string;
  password: string;
}

export interface SignUpInput extends SignInInput {
  displayName: string;
  practiceName: string;
}

/** After any change of who is signed in, forget everything cached for the previous person. */
export function useSessionChanged() {
  const queryClient = useQueryClient();
  return async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    await queryClient.fetchQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 0 });
  };
}

export function useSignIn() {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (input: SignInInput) => api.post('/api/auth/login', input),
    onSuccess: sessionChanged,
  });
}

export function useSignUp() {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (input: SignUpInput) => api.post('/api/auth/signup', input),
    onSuccess: sessionChanged,
  });
}

/** Signs out, then forgets the person's answers in memory and those kept on this device. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/auth/logout'),
    onSettled: () => {
      const userId = queryClient.getQueryData<Me | null>(queryKeys.me)?.user.id;
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, null);
      // Nobody is signed in now, so nothing saves this person's answers again before they go.
      if (userId) void forgetPersistedQueries(userId);
    },
  });
}

import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { deleteLocalCopies } from '../local/local-copies';
import { forgetPersistedQueries } from '../offline/keep-queries-per-user';
import { api } from './http';
import { rememberPendingSignOut, sendPendingSignOut, startingNewSession } from './pending-sign-out';
import { queryKeys } from './query-keys';
import type { Me } from './types';
import { fetchMe, requestSignIn, type SignInInput } from './who-am-i';

export { fetchMe, type SignInInput };

export function useMe() {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, staleTime: 60_000 });
}

/**
 * "Who am I" for the gates (RequireRole, HomeRedirect). An answer restored from the device, from
 * before this page loaded, is used at once only offline: online the server is asked first, as
 * without the kept answers, so an ended session goes to sign-in without showing the screen first.
 * If the server cannot be reached after all, the restored answer is used once the request fails.
 */
export function useMeForGate() {
  const me = useMe();
  const restoredOnly = me.data !== undefined && me.dataUpdatedAt < performance.timeOrigin;
  const waitForServer = restoredOnly && me.isFetching && navigator.onLine;
  return {
    data: waitForServer ? undefined : me.data,
    error: me.error,
    isPending: me.isPending || waitForServer,
    fetchStatus: me.fetchStatus,
    refetch: me.refetch,
  };
}

/** Who is signed in as far as this page knows, without asking the server (undefined: not known yet). */
export function useCachedMe(): Me | null | undefined {
  return useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, enabled: false }).data;
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
    mutationFn: requestSignIn,
    onSuccess: sessionChanged,
  });
}

export function useSignUp() {
  const sessionChanged = useSessionChanged();
  return useMutation({
    mutationFn: (input: SignUpInput) => startingNewSession(() => api.post('/api/auth/signup', input)),
    onSuccess: sessionChanged,
  });
}

/**
 * Ends the signed-in person's session in this page (docs/offline.md O11): every open copy of their
 * worksheets and background sync stop before their copies, kept answers and lists are deleted, so
 * nothing of theirs is sent afterwards; then nobody is signed in here and the gates go to sign-in.
 */
export function endSessionInThisPage(queryClient: QueryClient): void {
  const userId = queryClient.getQueryData<Me | null>(queryKeys.me)?.user.id;
  // Fires the deleting event first: open replicas and background sync are destroyed synchronously.
  if (userId) void deleteLocalCopies(userId);
  // "Nobody" first, on the query the gates observe (a cleared cache would leave them on the old one).
  queryClient.setQueryData(queryKeys.me, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
  queryClient.getMutationCache().clear();
  // Nobody is signed in now, so nothing saves this person's answers again before they go.
  if (userId) void forgetPersistedQueries(userId);
}

/**
 * Signs out on this device at once, online or not, in every tab (they hear the pending sign-out).
 * The server is told now, or, offline, before this device next asks who is signed in.
 */
export function useSignOut(): () => void {
  const queryClient = useQueryClient();
  return () => {
    rememberPendingSignOut();
    endSessionInThisPage(queryClient);
    void sendPendingSignOut();
  };
}

import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';
import type { Me } from '../api/types';
import type { QueryPersistence } from './persisted-queries';
import { forgetSignedInUser, lastSignedInUserId, rememberSignedInUser } from './signed-in-user-pointer';

/** The persistence code is loaded only for someone signed in: the first, signed-out visit stays light. */
export type LoadPersistence = () => Promise<QueryPersistence>;

const loadIndexedDbPersistence: LoadPersistence = async () => {
  const { indexedDbStorage, queryPersistence } = await import('./persisted-queries');
  return queryPersistence(indexedDbStorage());
};

/**
 * Before the first render: the answers kept for whoever was signed in last, so "who am I" and
 * their lists are there at once, offline too (the server is still asked whenever online).
 * Failing to read them only means starting empty, as before.
 */
export async function restoreLastSignedInQueries(
  queryClient: QueryClient,
  loadPersistence: LoadPersistence = loadIndexedDbPersistence,
): Promise<void> {
  const userId = lastSignedInUserId();
  if (!userId) return;
  try {
    await (await loadPersistence()).restore(queryClient, userId);
  } catch {
    // Unreadable or unavailable storage: the persister has discarded it; the server is asked as usual.
  }
}

/**
 * Follows "who am I" in the cache: while someone is signed in, their answers are saved under their
 * own key, and they are remembered as the last signed-in person. When the server says nobody is
 * (401, sign-out) saving stops at once; what was kept stays until sign-out deletes it (see
 * `forgetPersistedQueries`), so an expired session loses nothing. A failed request (offline) is
 * not "nobody": the cached person stays. Returns the unsubscribe.
 */
export function keepQueriesPerUser(
  queryClient: QueryClient,
  loadPersistence: LoadPersistence = loadIndexedDbPersistence,
): () => void {
  let current: { userId: string; stop: () => void } | null = null;

  const follow = () => {
    const me = queryClient.getQueryData<Me | null>(queryKeys.me);
    if (me === undefined) return;
    const userId = me?.user.id ?? null;
    if (current?.userId === userId) return;
    current?.stop();
    current = null;
    if (userId === null) {
      forgetSignedInUser();
      return;
    }
    rememberSignedInUser(userId);
    current = startPersisting(queryClient, userId, loadPersistence);
  };

  follow();
  const unsubscribe = queryClient.getQueryCache().subscribe((event) => {
    if (event.query.queryKey[0] === queryKeys.me[0]) follow();
  });
  return () => {
    unsubscribe();
    current?.stop();
  };
}

function startPersisting(queryClient: QueryClient, userId: string, loadPersistence: LoadPersistence) {
  let stopped = false;
  let stopSaving: (() => void) | null = null;
  loadPersistence()
    .then((persistence) => {
      if (!stopped) stopSaving = persistence.persist(queryClient, userId);
    })
    // Offline before the code was ever cached: the answers are not kept this time, nothing else changes.
    .catch(() => undefined);
  return {
    userId,
    stop: () => {
      stopped = true;
      stopSaving?.();
    },
  };
}

/** Signing out: deletes this person's kept answers (call after the cache says nobody is signed in). */
export async function forgetPersistedQueries(
  userId: string,
  loadPersistence: LoadPersistence = loadIndexedDbPersistence,
): Promise<void> {
  await (await loadPersistence()).forget(userId);
}

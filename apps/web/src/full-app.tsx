import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { RouterProvider } from 'react-router/dom';
import { ApiError } from './api/http';
import { onSignOutInAnotherTab } from './api/pending-sign-out';
import { queryKeys } from './api/query-keys';
import { endSessionInThisPage } from './api/session';
import type { Me } from './api/types';
import { keepQueriesPerUser, restoreLastSignedInQueries } from './offline/keep-queries-per-user';
import { createAppRouter } from './router';

/**
 * When the session ends under us (12 hours unused, signed out elsewhere), any answer says
 * `not-signed-in`: forget who was signed in, and RequireRole sends the person to sign-in.
 */
function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === 'not-signed-in')
      queryClient.setQueryData(queryKeys.me, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Answers are kept on the device for offline use (offline/persisted-queries.ts): an answer no
        // screen shows right now must stay in the cache to be kept.
        gcTime: Number.POSITIVE_INFINITY,
        // Answers such as 401/403/404 will not change by asking again.
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
      },
    },
  });
  return queryClient;
}

/**
 * The whole app (router, query cache, every screen), loaded by the entry once needed. Restores the
 * answers kept for the last signed-in person before the first render (O6). `me`, when the entry
 * already asked the server, is put in the cache so the app does not ask again before showing the
 * person's first screen. The router starts at the address the page has now.
 */
export async function prepareFullApp(me?: Me): Promise<ReactElement> {
  const queryClient = createQueryClient();
  await restoreLastSignedInQueries(queryClient);
  keepQueriesPerUser(queryClient);
  // Another tab signed out (offline too): this one stops the person's worksheets and goes to sign-in.
  onSignOutInAnotherTab(() => endSessionInThisPage(queryClient));
  if (me) queryClient.setQueryData(queryKeys.me, me);
  const router = createAppRouter();
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}

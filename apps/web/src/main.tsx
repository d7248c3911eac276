import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { ApiError } from './api/http';
import { queryKeys } from './api/query-keys';
import { keepQueriesPerUser, restoreLastSignedInQueries } from './offline/keep-queries-per-user';
import { createAppRouter } from './router';
import './styles/app.css';

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

async function start(root: HTMLElement): Promise<void> {
  const queryClient = createQueryClient();
  await restoreLastSignedInQueries(queryClient);
  keepQueriesPerUser(queryClient);
  const router = createAppRouter();
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);

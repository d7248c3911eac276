import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../../api/query-keys';

/**
 * The server derives statuses (started, handed in) and last activity from the stored document, so
 * lists shown elsewhere go stale while someone works here. Refresh them once the server holds the
 * latest changes, and again when the page is left.
 */
export function useRefreshListsAfterWork(saved: boolean): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!saved) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.worksheets });
    void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
  }, [saved, queryClient]);

  useEffect(
    () => () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.worksheets });
      void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
    },
    [queryClient],
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { queryKeys } from '../../api/query-keys';

/** How long editing must pause before the lists are asked again: one request per pause, not per keystroke. */
const REFRESH_AFTER_PAUSE_MS = 1_500;

/**
 * The server derives statuses (started, handed in), last activity and measure results from the stored
 * document, so what the API said goes stale while someone works here. Refresh it once this device's
 * changes are saved, after each pause in anyone's editing (the other person's work is stored before it
 * reaches this page), and when the page is left.
 */
export function useRefreshListsAfterWork(saved: boolean, doc: Y.Doc | null): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!saved) return;
    refreshLists(queryClient);
  }, [saved, queryClient]);

  useEffect(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => refreshLists(queryClient), REFRESH_AFTER_PAUSE_MS);
    };
    doc.on('update', schedule);
    return () => {
      doc.off('update', schedule);
      if (timer !== null) clearTimeout(timer);
    };
  }, [doc, queryClient]);

  useEffect(() => () => refreshLists(queryClient), [queryClient]);
}

function refreshLists(queryClient: ReturnType<typeof useQueryClient>): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.worksheets });
  void queryClient.invalidateQueries({ queryKey: queryKeys.clients });
}

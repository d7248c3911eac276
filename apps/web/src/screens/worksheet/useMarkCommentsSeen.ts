import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { api } from '../../api/http';
import { queryKeys } from '../../api/query-keys';

/**
 * Tells the server that the signed-in person has seen this worksheet's comments, so they stop counting as new
 * in the lists (docs/comments.md N3). Marks once when the worksheet opens; returns `markSeen` for the comment
 * panel to call again whenever it has shown comments that arrived since. One request at a time: calls made
 * meanwhile send one more afterwards. A failed request (offline) is dropped: the next call marks everything.
 */
export function useMarkCommentsSeen(worksheetId: string): () => void {
  const queryClient = useQueryClient();
  const pending = useRef({ inFlight: false, again: false });

  const markSeen = useCallback(() => {
    const state = pending.current;
    if (state.inFlight) {
      state.again = true;
      return;
    }
    state.inFlight = true;
    api
      .post(`/api/worksheets/${encodeURIComponent(worksheetId)}/comments/seen`)
      .then(() =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.worksheets }),
          queryClient.invalidateQueries({ queryKey: queryKeys.clients }),
        ]),
      )
      .catch(() => undefined)
      .finally(() => {
        state.inFlight = false;
        if (!state.again) return;
        state.again = false;
        markSeen();
      });
  }, [worksheetId, queryClient]);

  useEffect(() => markSeen(), [markSeen]);
  return markSeen;
}

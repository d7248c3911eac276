import { useSyncExternalStore } from 'react';
import { liveSyncBoard } from './live-sync-board';
import { hasLocalCopy, hasUnsavedChanges, LOCAL_COPIES_CHANGED } from './local-copies';
import { type ListSyncStatus, listSyncStatus } from './sync-status';

/** Any change to the device's lists (this tab or another) or to the live board. */
function subscribe(listener: () => void): () => void {
  window.addEventListener(LOCAL_COPIES_CHANGED, listener);
  window.addEventListener('storage', listener);
  const stopBoard = liveSyncBoard.subscribe(listener);
  return () => {
    window.removeEventListener(LOCAL_COPIES_CHANGED, listener);
    window.removeEventListener('storage', listener);
    stopBoard();
  };
}

/**
 * A worksheet's sync status for a list, whether or not it is open: what a session in this tab
 * reports, else what the device remembers (its unsaved list and its copies).
 */
export function useListSyncStatus(userId: string, worksheetId: string): ListSyncStatus {
  return useSyncExternalStore(subscribe, () =>
    listSyncStatus({
      live: liveSyncBoard.statusOf(userId, worksheetId),
      unsaved: hasUnsavedChanges(userId, worksheetId),
      kept: hasLocalCopy(userId, worksheetId),
    }),
  );
}

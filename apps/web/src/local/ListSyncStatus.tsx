import { syncStatusText } from './sync-status';
import { useListSyncStatus } from './useListSyncStatus';

/** A worksheet's sync status in a list ("All saved", "Saved on this device only", …). */
export function ListSyncStatus({ userId, worksheetId }: { userId: string; worksheetId: string }) {
  const status = useListSyncStatus(userId, worksheetId);
  return (
    <span className={`sync-status sync-status--${status}`} data-sync={status}>
      <span className="connection__dot" aria-hidden="true" />
      {syncStatusText[status]}
    </span>
  );
}

import type { LinkState, ReplicaSnapshot } from '../../local/sync/worksheet-replica';
import type { SyncStatus } from '../../local/sync-status';

/** What the worksheet page knows about its connection and its changes (a WorksheetReplica's snapshot). */
export type ConnectionState = ReplicaSnapshot;

/** Before the replica has reported: nothing is claimed until the device's copy has been read. */
export const initialConnectionState: ConnectionState = {
  status: 'checking',
  pending: false,
  link: 'connecting',
  closed: null,
};

/** What the status line shows: the sync status, or "Read-only" where nothing can be saved. */
export type ShownStatus = SyncStatus | 'read-only';

/**
 * On a read-only worksheet nothing is saved (the relay never asks a read-only connection for its
 * changes), so "Sending…"/"All saved" would mislead: it reads "Read-only". Work written before access
 * became read-only and never stored still reads "Saved on this device only": that is the truth.
 */
export function shownStatus(state: ConnectionState, readOnly: boolean): ShownStatus {
  if (readOnly && state.status !== 'device-only') return 'read-only';
  return state.status;
}

/** The connection's word next to the status, or null while all is well. */
export function linkNote(link: LinkState, closed: boolean): string | null {
  if (closed) return null;
  switch (link) {
    case 'offline':
      return 'Offline';
    case 'connecting':
      return 'Connecting…';
    case 'syncing':
      return 'Syncing…';
    case 'online':
      return null;
  }
}

/**
 * The sync status a person sees, on a worksheet and in the homework list (docs/offline-data.md):
 *
 * - `device-only`  "Saved on this device only": this device has changes the server has not stored
 *                  (offline, signed out, or not yet connected).
 * - `sending`      "Sending…": connected, the changes are on their way, the server's durable echo
 *                  has not come back for all of them yet.
 * - `all-saved`    "All saved": the server has durably stored every change made on this device; only
 *                  ever concluded from the relay's echo after its durable write (SaveTracker), never
 *                  from being online or from the provider's `synced` flag.
 *
 * This module holds no Yjs, so the homework list can show the status without loading the editor.
 */
export type SyncStatus = 'device-only' | 'sending' | 'all-saved';

/** In a list, a worksheet may not be on the device yet (not prefetched, never opened). */
export type ListSyncStatus = SyncStatus | 'not-on-device';

export const syncStatusText: Record<ListSyncStatus, string> = {
  'device-only': 'Saved on this device only',
  sending: 'Sending…',
  'all-saved': 'All saved',
  'not-on-device': 'Not on this device yet',
};

export interface SyncFacts {
  /** Changes made on this device that the server has not acknowledged (live or persisted). */
  pending: boolean;
  /** A socket to the relay is open (and the browser does not say it is offline). */
  connected: boolean;
}

/** Nothing pending is all saved whatever the network; pending work is sending only over an open socket. */
export function syncStatusOf({ pending, connected }: SyncFacts): SyncStatus {
  if (!pending) return 'all-saved';
  return connected ? 'sending' : 'device-only';
}

export interface StoredCopyFacts {
  /** The persisted pending state (the unsaved list in local-copies). */
  unsaved: boolean;
  /** A copy of the worksheet is on this device. */
  kept: boolean;
  /** What a session working on it in this tab (the page or background sync) reports, if any. */
  live: SyncStatus | null;
}

/** The status of a worksheet in a list, whether or not it is open on the page. */
export function listSyncStatus({ unsaved, kept, live }: StoredCopyFacts): ListSyncStatus {
  if (live) return live;
  if (unsaved) return 'device-only';
  return kept ? 'all-saved' : 'not-on-device';
}

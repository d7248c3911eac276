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
 * - `checking`     "Checking this device…": the device's copy has not loaded yet and nothing says it
 *                  holds unsent changes, so no claim is made either way (never "All saved" before
 *                  the copy is read).
 *
 * This module holds no Yjs, so the homework list can show the status without loading the editor.
 */
export type SyncStatus = 'checking' | 'device-only' | 'sending' | 'all-saved';

/** In a list, a worksheet may not be on the device yet (not prefetched, never opened). */
export type ListSyncStatus = SyncStatus | 'not-on-device';

export const syncStatusText: Record<ListSyncStatus, string> = {
  checking: 'Checking this device…',
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
  /** The device's copy has been read (until then only the persisted unsaved flag is known). */
  loaded: boolean;
}

/**
 * Pending work is sending only over an open socket; nothing pending is all saved whatever the
 * network, but only once the device's copy has been read: before that it is still being checked.
 */
export function syncStatusOf({ pending, connected, loaded }: SyncFacts): SyncStatus {
  if (pending) return connected ? 'sending' : 'device-only';
  return loaded ? 'all-saved' : 'checking';
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
  // A session still reading the copy knows less than the persisted facts.
  if (live && live !== 'checking') return live;
  if (unsaved) return 'device-only';
  return kept ? 'all-saved' : 'not-on-device';
}

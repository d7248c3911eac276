import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { liveSyncBoard } from '../live-sync-board';
import {
  hasUnsavedChanges,
  LOCAL_COPIES_DELETING,
  localCopyName,
  markCopyKept,
  markSaved,
  markUnsaved,
} from '../local-copies';
import type { SyncStatus } from '../sync-status';
import { frameObservingWebSocket } from './frame-observing-websocket';
import { syncServerUrl } from './sync-url';
import { WorksheetSyncState } from './worksheet-sync-state';

/** How the socket stands: `online` once the first exchange with the relay is done. */
export type LinkState = 'connecting' | 'syncing' | 'online' | 'offline';

export interface ReplicaSnapshot {
  status: SyncStatus;
  pending: boolean;
  link: LinkState;
  /** A final close (4400–4499): the provider stops reconnecting. */
  closed: { code: number; reason: string } | null;
}

export interface ReplicaOptions {
  userId: string;
  worksheetId: string;
  /** Named in the sign-out warning while changes are only on this device. */
  title: string;
  onChange: (snapshot: ReplicaSnapshot) => void;
}

/**
 * One worksheet on this device, kept in step with the relay: the person's IndexedDB copy
 * (`interlude:<userId>:<worksheetId>`), a stock y-websocket provider opened once that copy has
 * loaded, and the sync status (WorksheetSyncState) persisted as the unsaved list and reported to the
 * tab's LiveSyncBoard. The worksheet page and background sync both use it, so the status means the
 * same everywhere.
 */
export class WorksheetReplica {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private readonly persistence: IndexeddbPersistence;
  private readonly state: WorksheetSyncState;
  private socketStatus: 'connecting' | 'connected' | 'disconnected' = 'connecting';
  private lostConnection = false;
  private synced = false;
  private closed: ReplicaSnapshot['closed'] = null;
  private destroyed = false;
  private connectStarted = false;
  /** Resolves once the device's copy is loaded into `doc` (the socket opens after that). */
  readonly loaded: Promise<void>;

  constructor(private readonly options: ReplicaOptions) {
    const { userId, worksheetId } = options;
    // Per person and worksheet: someone else signing in on this browser never opens your copy.
    this.persistence = new IndexeddbPersistence(localCopyName(userId, worksheetId), this.doc);
    this.state = new WorksheetSyncState(this.doc, hasUnsavedChanges(userId, worksheetId));
    this.provider = new WebsocketProvider(syncServerUrl(window.location), worksheetId, this.doc, {
      connect: false,
      // What the server sends is what it has stored: its state vector, then each durable update.
      WebSocketPolyfill: frameObservingWebSocket((frame) => {
        if (this.state.noteServerFrame(frame)) this.publish();
      }),
    });
    this.doc.on('update', this.onDocUpdate);
    this.provider.on('status', this.onStatus);
    this.provider.on('sync', this.onSync);
    this.provider.on('closed', this.onClosed);
    window.addEventListener('online', this.onBrowserOnline);
    window.addEventListener('offline', this.onBrowserOnline);
    window.addEventListener(LOCAL_COPIES_DELETING, this.onCopiesDeleting);
    this.loaded = this.persistence.whenSynced.then(() => {
      if (this.destroyed) return;
      this.state.noteCopyLoaded();
      markCopyKept(userId, worksheetId, options.title);
      this.connectStarted = true;
      this.provider.connect();
      this.publish();
    });
    this.publish();
  }

  snapshot(): ReplicaSnapshot {
    return {
      status: this.state.status,
      pending: this.state.pending,
      link: this.link(),
      closed: this.closed,
    };
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    window.removeEventListener('online', this.onBrowserOnline);
    window.removeEventListener('offline', this.onBrowserOnline);
    window.removeEventListener(LOCAL_COPIES_DELETING, this.onCopiesDeleting);
    liveSyncBoard.clear(this.options.userId, this.options.worksheetId, this);
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.destroy();
  }

  private link(): LinkState {
    if (!navigator.onLine) return 'offline';
    if (this.socketStatus !== 'connected') return this.lostConnection ? 'offline' : 'connecting';
    return this.synced ? 'online' : 'syncing';
  }

  private publish(): void {
    if (this.destroyed) return;
    const { userId, worksheetId, title } = this.options;
    const open = this.socketStatus === 'connected' && navigator.onLine && this.closed === null;
    this.state.setConnected(open);
    const snapshot = this.snapshot();
    if (snapshot.pending) markUnsaved(userId, worksheetId, title);
    else markSaved(userId, worksheetId);
    liveSyncBoard.report(userId, worksheetId, this, snapshot.status);
    this.options.onChange(snapshot);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === this.provider) {
      // Came from the relay: already stored there (R5). SaveTracker learns of it from the frame.
    } else if (origin === this.persistence) this.state.noteLoadedUpdate(update);
    else this.state.noteLocalEdit(update);
    this.publish();
  };

  private readonly onStatus = ({ status }: { status: 'connecting' | 'connected' | 'disconnected' }) => {
    if (status === 'disconnected') this.lostConnection = true;
    this.socketStatus = status;
    this.publish();
  };

  private readonly onSync = (synced: boolean) => {
    this.synced = synced;
    this.publish();
  };

  private readonly onClosed = (event: { code: number; reason: string }) => {
    this.closed = { code: event.code, reason: event.reason };
    this.publish();
  };

  /**
   * Sign-out is deleting this person's copies: stop now, before they go, so no edit of theirs is
   * sent later by this socket and the unsaved list is not written back.
   */
  private readonly onCopiesDeleting = (event: Event) => {
    if ((event as CustomEvent<string>).detail === this.options.userId) this.destroy();
  };

  private readonly onBrowserOnline = () => {
    // A connection attempt made without a network can hang (no answer, no failure) and the provider
    // has no timeout for it: start a fresh one as soon as the browser is back online.
    if (
      navigator.onLine &&
      this.socketStatus !== 'connected' &&
      this.closed === null &&
      this.connectStarted
    ) {
      this.provider.disconnect();
      this.provider.connect();
    }
    this.publish();
  };
}

import { SaveTracker } from '@interlude/schema/sync';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { localCopyName, markSaved, markUnsaved } from '../../local/local-copies';
import { type ConnectionFacts, type ConnectionState, connectionState } from './connection-state';
import { frameObservingWebSocket } from './frame-observing-websocket';
import { syncServerUrl } from './sync-url';

export interface WorksheetSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: WebsocketProvider['awareness'];
}

export interface SessionUser {
  id: string;
  name: string;
  color: string;
}

export interface SessionOptions {
  /** Named in the warning when signing out would delete changes not yet saved. */
  title: string;
}

/**
 * One worksheet's live document for the life of the page: kept on this device (IndexedDB, so work
 * survives going offline and reloading) and synced through the relay at /sync/<worksheetId>.
 * Created in an effect and destroyed in its cleanup, so StrictMode's double mount leaves nothing open.
 */
export function useWorksheetSession(
  worksheetId: string,
  user: SessionUser,
  { title }: SessionOptions,
): { session: WorksheetSession | null; connection: ConnectionState; unsaved: boolean } {
  const [session, setSession] = useState<WorksheetSession | null>(null);
  const [connection, setConnection] = useState<ConnectionState>({ kind: 'connecting' });
  // Changes the server has not confirmed; still known after a final close, when they cannot be sent.
  const [unsaved, setUnsaved] = useState(false);
  const { id: userId, name: userName, color: userColor } = user;

  useEffect(() => {
    const doc = new Y.Doc();
    // Per person and worksheet: someone else signing in on this browser never opens your copy.
    const persistence = new IndexeddbPersistence(localCopyName(userId, worksheetId), doc);
    const tracker = new SaveTracker(doc);
    const facts: ConnectionFacts = {
      status: 'connecting',
      lostConnection: false,
      browserOnline: navigator.onLine,
      synced: false,
      saved: false,
      closed: null,
    };
    const publish = () => {
      facts.saved = tracker.isSaved();
      if (facts.saved) markSaved(userId, worksheetId);
      setUnsaved(!facts.saved);
      setConnection(connectionState(facts));
    };
    // What the server sends is what it has stored: its state vector, then each durable update.
    const onServerFrame = (frame: Uint8Array) => {
      if (tracker.noteServerFrame(frame)) publish();
    };
    const provider = new WebsocketProvider(syncServerUrl(window.location), worksheetId, doc, {
      connect: false,
      WebSocketPolyfill: frameObservingWebSocket(onServerFrame),
    });
    provider.awareness.setLocalStateField('user', { id: userId, name: userName, color: userColor });

    const onDocUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== provider) {
        tracker.noteLocalUpdate(update);
        markUnsaved(userId, worksheetId, title);
      }
      publish();
    };
    const onStatus = ({ status }: { status: ConnectionFacts['status'] }) => {
      if (status === 'disconnected') facts.lostConnection = true;
      facts.status = status;
      publish();
    };
    const onSync = (synced: boolean) => {
      facts.synced = synced;
      publish();
    };
    const onClosed = (event: { code: number; reason: string }) => {
      facts.closed = { code: event.code, reason: event.reason };
      publish();
    };
    const onBrowserOnline = () => {
      facts.browserOnline = navigator.onLine;
      publish();
    };

    doc.on('update', onDocUpdate);
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    window.addEventListener('online', onBrowserOnline);
    window.addEventListener('offline', onBrowserOnline);
    provider.connect();
    setSession({ doc, provider, awareness: provider.awareness });

    return () => {
      window.removeEventListener('online', onBrowserOnline);
      window.removeEventListener('offline', onBrowserOnline);
      provider.destroy();
      void persistence.destroy();
      doc.destroy();
      setSession(null);
    };
  }, [worksheetId, userId, userName, userColor, title]);

  return { session, connection, unsaved };
}

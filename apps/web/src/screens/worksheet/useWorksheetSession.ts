import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { WorksheetReplica } from '../../local/sync/worksheet-replica';
import { type ConnectionState, initialConnectionState } from './connection-state';

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
 * One worksheet's live document for the life of the page: a WorksheetReplica (the person's copy on
 * this device, synced through the relay at /sync/<worksheetId>, with its sync status) plus the
 * person's presence. Created in an effect and destroyed in its cleanup, so StrictMode's double mount
 * leaves nothing open. `unsaved`: changes the server has not confirmed, still known after a final close.
 */
export function useWorksheetSession(
  worksheetId: string,
  user: SessionUser,
  { title }: SessionOptions,
): { session: WorksheetSession | null; connection: ConnectionState; unsaved: boolean; loaded: boolean } {
  const [session, setSession] = useState<WorksheetSession | null>(null);
  // The device's copy is in the document (IndexedDB); until then the document is still filling in.
  const [loaded, setLoaded] = useState(false);
  const [connection, setConnection] = useState<ConnectionState>(initialConnectionState);
  const { id: userId, name: userName, color: userColor } = user;

  useEffect(() => {
    const replica = new WorksheetReplica({ userId, worksheetId, title, onChange: setConnection });
    const { doc, provider } = replica;
    provider.awareness.setLocalStateField('user', { id: userId, name: userName, color: userColor });
    setSession({ doc, provider, awareness: provider.awareness });
    setLoaded(false);
    void replica.loaded.then(() => setLoaded(true));
    return () => {
      replica.destroy();
      setSession(null);
    };
  }, [worksheetId, userId, userName, userColor, title]);

  return { session, connection, unsaved: connection.pending, loaded };
}

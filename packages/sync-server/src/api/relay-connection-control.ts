import { CloseCode } from '@interlude/schema/sync';
import type { AccessChanges } from '../access/access-changes.js';
import type { SessionConnections } from '../access/session-connections.js';
import type { Relay } from '../relay/relay.js';
import type { ConnectionCloseIntent, ConnectionControl } from './api-dependencies.js';

/**
 * Maps why access changed to the relay's close codes. Codes 4400–4499 are final for the y-websocket
 * client; 1012 makes it reconnect, so it is authorized again and gets whatever access it has now.
 */
export function relayConnectionControl(
  relay: Relay,
  sessions: SessionConnections,
  accessChanges: AccessChanges,
): ConnectionControl {
  const closeFor = (intent: ConnectionCloseIntent | 'deleted') => {
    switch (intent) {
      case 'access-ended':
        return { code: CloseCode.refused, reason: 'Your access to this worksheet has ended' };
      case 'access-changed':
        return { code: CloseCode.serverRestart, reason: 'Your access changed: reconnecting' };
      case 'deleted':
        return { code: CloseCode.notFound, reason: 'This worksheet was deleted' };
    }
  };
  return {
    closeUserConnections(userId, intent) {
      const { code, reason } = closeFor(intent);
      // First, so a socket authorized before the change and attaching now is refused too.
      accessChanges.userChanged(userId);
      relay.closeConnectionsOfUser(userId, code, reason);
    },
    closeWorksheetConnections(worksheetId, intent) {
      const { code, reason } = closeFor(intent);
      accessChanges.worksheetChanged(worksheetId);
      relay.closeConnectionsOfWorksheet(worksheetId, code, reason);
    },
    writesSettled: () => relay.flushed(),
    closeSessionConnections(sessionId) {
      sessions.closeSession(sessionId, CloseCode.notSignedIn, 'You signed out');
    },
  };
}

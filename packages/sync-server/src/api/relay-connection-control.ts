import { CloseCode } from '@interlude/schema/sync';
import { type ClosingParties, closeEverywhere } from '../cluster/close-requests.js';
import type { ConnectionCloseIntent, ConnectionControl } from './api-dependencies.js';

/**
 * Maps why access changed to the relay's close codes. Codes 4400–4499 are final for the y-websocket
 * client; 1012 makes it reconnect, so it is authorized again and gets whatever access it has now.
 * Every close reaches every relay instance (docs/relay.md B6).
 */
export function relayConnectionControl(parties: ClosingParties): ConnectionControl {
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
      closeEverywhere({ target: 'user', id: userId, ...closeFor(intent) }, parties);
    },
    closeWorksheetConnections(worksheetId, intent) {
      closeEverywhere({ target: 'worksheet', id: worksheetId, ...closeFor(intent) }, parties);
    },
    writesSettled: () => parties.relay.flushed(),
    closeSessionConnections(sessionId) {
      closeEverywhere(
        { target: 'session', id: sessionId, code: CloseCode.notSignedIn, reason: 'You signed out' },
        parties,
      );
    },
  };
}

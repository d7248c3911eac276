import { CloseCode } from '@interlude/schema/sync';
import type { AccessChanges } from '../access/access-changes.js';
import type { SessionConnections } from '../access/session-connections.js';
import type { Relay } from '../relay/relay.js';
import type { CloseRequest, RoomBus } from '../relay/room-bus.js';

export interface ClosingParties {
  relay: Relay;
  sessions: SessionConnections;
  bus: RoomBus;
  /** Told first, so a socket authorized before the change and attaching now is refused too. */
  accessChanges: AccessChanges;
}

export interface FollowedCloses extends ClosingParties {
  /** Another instance deleted this worksheet: remove what this one may still store for it (B12). */
  deletedElsewhere(worksheetId: string): Promise<void>;
}

/** Closes this instance's connections that match the request; returns how many. */
export function closeHere(request: CloseRequest, { relay, sessions, accessChanges }: ClosingParties): number {
  const { id, code, reason } = request;
  switch (request.target) {
    case 'user':
      accessChanges.userChanged(id);
      return relay.closeConnectionsOfUser(id, code, reason);
    case 'worksheet':
      accessChanges.worksheetChanged(id);
      return relay.closeConnectionsOfWorksheet(id, code, reason);
    case 'session':
      return sessions.closeSession(id, code, reason);
  }
}

/** Sign-out, revoked access, archive, delete: closes the matching connections on every instance (B6). */
export function closeEverywhere(request: CloseRequest, parties: ClosingParties): void {
  closeHere(request, parties);
  parties.bus.requestClose(request);
}

/** Carries out other instances' close requests here; returns a function that stops. */
export function followCloseRequests(parties: FollowedCloses): () => void {
  return parties.bus.onCloseRequest((request) => {
    closeHere(request, parties);
    if (request.target === 'worksheet' && request.code === CloseCode.notFound) {
      void parties.deletedElsewhere(request.id);
    }
  });
}

import {
  type ClientMessage,
  type ClientMessageKind,
  CloseCode,
  encodeAwarenessMessage,
  encodeSyncStep2,
  MalformedMessageError,
} from '@interlude/schema/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { stampAwarenessIdentity } from './awareness-identity.js';
import { decodeAwarenessUpdate } from './awareness-update.js';
import type { RelayConnection } from './relay-connection.js';

/**
 * What the handlers need of a room, and no more: they depend on this, not on the Room class, so the
 * room and its handlers do not import each other.
 */
export interface RoomForMessages {
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  /** Validates, admits and queues an update for storage; it is applied and echoed once durable. */
  acceptUpdate(connection: RelayConnection, update: Uint8Array): void;
}

type MessageOfKind<Kind extends ClientMessageKind> = Extract<ClientMessage, { kind: Kind }>;

type RoomMessageHandlers = {
  [Kind in ClientMessageKind]: (
    room: RoomForMessages,
    connection: RelayConnection,
    message: MessageOfKind<Kind>,
  ) => void;
};

/** What the room does with each kind of client message (rules R3–R10 and R25 in docs/relay.md). */
export const roomMessageHandlers: RoomMessageHandlers = {
  'sync-step-1'(room, connection, message) {
    let missing: Uint8Array;
    try {
      missing = Y.encodeStateAsUpdate(room.doc, message.stateVector);
    } catch {
      throw new MalformedMessageError(CloseCode.malformed, 'Invalid state vector in sync step 1');
    }
    connection.send(encodeSyncStep2(missing));
  },
  'sync-step-2'(room, connection, message) {
    room.acceptUpdate(connection, message.update);
  },
  'sync-update'(room, connection, message) {
    room.acceptUpdate(connection, message.update);
  },
  awareness(room, connection, message) {
    const stamped = stampAwarenessIdentity(decodeAwarenessUpdate(message.update), connection.access);
    awarenessProtocol.applyAwarenessUpdate(room.awareness, stamped, connection);
  },
  'query-awareness'(room, connection) {
    const clientIds = [...room.awareness.getStates().keys()];
    connection.send(
      encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(room.awareness, clientIds)),
    );
  },
};

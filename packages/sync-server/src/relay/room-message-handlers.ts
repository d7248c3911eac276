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
import { decodeAwarenessUpdate } from './awareness-update.js';
import type { RelayConnection } from './relay-connection.js';
import type { Room } from './room.js';

type MessageOfKind<Kind extends ClientMessageKind> = Extract<ClientMessage, { kind: Kind }>;

type RoomMessageHandlers = {
  [Kind in ClientMessageKind]: (
    room: Room,
    connection: RelayConnection,
    message: MessageOfKind<Kind>,
  ) => void;
};

/** What the room does with each kind of client message (rules R3–R9 in docs/relay.md). */
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
    decodeAwarenessUpdate(message.update);
    awarenessProtocol.applyAwarenessUpdate(room.awareness, message.update, connection);
  },
  'query-awareness'(room, connection) {
    const clientIds = [...room.awareness.getStates().keys()];
    connection.send(
      encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(room.awareness, clientIds)),
    );
  },
};

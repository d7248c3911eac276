import * as decoding from 'lib0/decoding';
import { CloseCode } from './close-codes.js';
import { readBytes, readSyncBody, readVarUint } from './frame-reading.js';
import { MalformedMessageError } from './malformed-message-error.js';
import { MessageType, type SyncMessage } from './message-types.js';

/** What a client may send the relay. */
export type ClientMessage =
  | SyncMessage
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' };

export type ClientMessageKind = ClientMessage['kind'];

/**
 * Decodes one client frame, strictly (the relay's side); throws MalformedMessageError for anything
 * but exactly one well-formed message.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const messageType = readVarUint(decoder, 'message type');
  let message: ClientMessage;
  switch (messageType) {
    case MessageType.sync:
      message = readSyncBody(decoder);
      break;
    case MessageType.awareness:
      message = { kind: 'awareness', update: readBytes(decoder, 'awareness update') };
      break;
    case MessageType.queryAwareness:
      message = { kind: 'query-awareness' };
      break;
    default:
      throw new MalformedMessageError(CloseCode.unsupported, `Unsupported message type ${messageType}`);
  }
  if (decoding.hasContent(decoder)) {
    throw new MalformedMessageError(
      CloseCode.malformed,
      'Trailing bytes after the message: one message per frame',
    );
  }
  return message;
}

import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CloseCode } from './close-codes.js';

/**
 * The y-websocket wire format as pure functions: one message per frame,
 * `varUint(messageType)` then the body (see docs/relay.md).
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncMessageType = { step1: 0, step2: 1, update: 2 } as const;

export type ClientMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' };

export type ClientMessageKind = ClientMessage['kind'];

/** A frame the relay refuses; carries the close code and a reason for the offending socket only. */
export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
  constructor(
    readonly closeCode: typeof CloseCode.malformed | typeof CloseCode.unsupported,
    message: string,
  ) {
    super(message);
  }
}

/** Decodes one client frame; throws MalformedMessageError for anything but exactly one well-formed message. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const messageType = readVarUint(decoder, 'message type');
  let message: ClientMessage;
  switch (messageType) {
    case MessageType.sync:
      message = decodeSyncBody(decoder);
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

function decodeSyncBody(decoder: decoding.Decoder): ClientMessage {
  const syncType = readVarUint(decoder, 'sync message type');
  switch (syncType) {
    case SyncMessageType.step1:
      return { kind: 'sync-step-1', stateVector: readBytes(decoder, 'state vector') };
    case SyncMessageType.step2:
      return { kind: 'sync-step-2', update: readBytes(decoder, 'sync step 2 update') };
    case SyncMessageType.update:
      return { kind: 'sync-update', update: readBytes(decoder, 'update') };
    default:
      throw new MalformedMessageError(CloseCode.unsupported, `Unsupported sync message type ${syncType}`);
  }
}

function readVarUint(decoder: decoding.Decoder, what: string): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new MalformedMessageError(CloseCode.malformed, `Truncated or invalid ${what}`);
  }
}

/** Reads a length-prefixed byte array, refusing lengths that run past the frame. */
function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
  const length = readVarUint(decoder, `${what} length`);
  const remaining = decoder.arr.length - decoder.pos;
  if (length > remaining) {
    throw new MalformedMessageError(
      CloseCode.malformed,
      `Truncated ${what}: ${length} bytes announced, ${remaining} present`,
    );
  }
  return decoding.readUint8Array(decoder, length);
}

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.step1, stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.step2, update);
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.update, update);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

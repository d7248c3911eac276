import * as decoding from 'lib0/decoding';
import { CloseCode } from './close-codes.js';
import { MalformedMessageError } from './malformed-message-error.js';
import { type SyncMessage, SyncMessageType } from './message-types.js';

// Bounds-checked reads shared by the strict client decoder and the lenient server-frame reader:
// lib0 alone would read past a truncated frame instead of failing.

export function readVarUint(decoder: decoding.Decoder, what: string): number {
  try {
    return decoding.readVarUint(decoder);
  } catch {
    throw new MalformedMessageError(CloseCode.malformed, `Truncated or invalid ${what}`);
  }
}

/** Reads a length-prefixed byte array, refusing lengths that run past the frame. */
export function readBytes(decoder: decoding.Decoder, what: string): Uint8Array {
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

/** Reads a sync body (after the message type); unknown sync types are unsupported (1003). */
export function readSyncBody(decoder: decoding.Decoder): SyncMessage {
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

import * as encoding from 'lib0/encoding';
import { MessageType, SyncMessageType } from './message-types.js';

export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.step1, stateVector);
}

export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.step2, update);
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncMessageType.update, update);
}

/** Wraps an awareness update (as y-protocols encodes it) into a message. */
export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/**
 * One client's awareness entry as a whole message, the way a stock client announces itself on
 * connect; for peers that speak the protocol without a y-protocols Awareness (and its timers).
 */
export function encodeAwarenessAnnouncement(clientId: number, clock: number, state: unknown): Uint8Array {
  const entries = encoding.createEncoder();
  encoding.writeVarUint(entries, 1);
  encoding.writeVarUint(entries, clientId);
  encoding.writeVarUint(entries, clock);
  encoding.writeVarString(entries, JSON.stringify(state));
  return encodeAwarenessMessage(encoding.toUint8Array(entries));
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

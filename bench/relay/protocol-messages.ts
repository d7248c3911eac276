// The y-websocket wire format, one message per frame (see /work/shared/TOOLCHAIN.md).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

function syncFrame(kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const syncStep1Frame = (stateVector: Uint8Array) => syncFrame(SYNC_STEP_1, stateVector);
export const syncStep2Frame = (update: Uint8Array) => syncFrame(SYNC_STEP_2, update);
export const updateFrame = (update: Uint8Array) => syncFrame(SYNC_UPDATE, update);

/** One client's awareness entry, as a stock client announces itself on connect. */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const entries = encoding.createEncoder();
  encoding.writeVarUint(entries, 1);
  encoding.writeVarUint(entries, clientId);
  encoding.writeVarUint(entries, clock);
  encoding.writeVarString(entries, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(entries));
  return encoding.toUint8Array(encoder);
}

export type IncomingFrame =
  | { type: 'step1'; stateVector: Uint8Array }
  | { type: 'step2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'other' };

export function decodeFrame(frame: Uint8Array): IncomingFrame {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return { type: 'other' };
  const kind = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (kind === SYNC_STEP_1) return { type: 'step1', stateVector: payload };
  if (kind === SYNC_STEP_2) return { type: 'step2', update: payload };
  if (kind === SYNC_UPDATE) return { type: 'update', update: payload };
  return { type: 'other' };
}

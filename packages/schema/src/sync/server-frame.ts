import * as decoding from 'lib0/decoding';
import { readSyncBody, readVarUint } from './frame-reading.js';
import { MessageType, type SyncMessage } from './message-types.js';

/**
 * Reads a frame the server sent, leniently (the client's side): the sync message it carries, or
 * null for awareness, auth and anything this reader cannot make sense of. A client must not fail
 * on a frame it does not understand; the stock provider handles those itself.
 */
export function readServerSyncMessage(frame: Uint8Array): SyncMessage | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (readVarUint(decoder, 'message type') !== MessageType.sync) return null;
    return readSyncBody(decoder);
  } catch {
    return null;
  }
}

// How a raw bench client frames its messages for each relay's wire format. Both carry the same
// y-protocols sync and awareness messages; Hocuspocus puts varString(documentName) before every
// message, wants an Auth message (token) before anything else, and answers a sync step 1 with
// message type SyncReply (4) instead of Sync (0).
import { readServerSyncMessage, type SyncMessage } from '@interlude/schema/sync';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Dialect } from './relay-targets.js';

/** Hocuspocus's message types (@hocuspocus/server src/types.ts) and its Auth sub-type Token. */
const HOCUSPOCUS_SYNC = 0;
const HOCUSPOCUS_AUTH = 2;
const HOCUSPOCUS_SYNC_REPLY = 4;
const HOCUSPOCUS_AUTH_TOKEN = 0;

export interface DialectCodec {
  /** Messages to send first on a new socket, before sync step 1. */
  readonly opening: Uint8Array[];
  /** Turns a y-websocket message (type, body) into this dialect's frame. */
  frame(message: Uint8Array): Uint8Array;
  /** The sync message a server frame carries, or null for anything else. */
  read(frame: Uint8Array): SyncMessage | null;
}

export function dialectCodec(dialect: Dialect, room: string): DialectCodec {
  if (dialect === 'y-websocket') {
    return { opening: [], frame: (message) => message, read: readServerSyncMessage };
  }
  const nameEncoder = encoding.createEncoder();
  encoding.writeVarString(nameEncoder, room);
  const prefix = encoding.toUint8Array(nameEncoder);
  const frame = (message: Uint8Array) => {
    const framed = new Uint8Array(prefix.length + message.length);
    framed.set(prefix, 0);
    framed.set(message, prefix.length);
    return framed;
  };
  const auth = encoding.createEncoder();
  encoding.writeVarUint(auth, HOCUSPOCUS_AUTH);
  encoding.writeVarUint(auth, HOCUSPOCUS_AUTH_TOKEN);
  encoding.writeVarString(auth, 'bench'); // no onAuthenticate hook: any token is let in
  return { opening: [frame(encoding.toUint8Array(auth))], frame, read: readHocuspocusSyncMessage };
}

function readHocuspocusSyncMessage(frame: Uint8Array): SyncMessage | null {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder); // document name: one room per socket here
    const type = decoding.readVarUint(decoder);
    if (type !== HOCUSPOCUS_SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return null; // auth, awareness, sync status
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === 0) return { kind: 'sync-step-1', stateVector: payload };
    if (syncType === 1) return { kind: 'sync-step-2', update: payload };
    if (syncType === 2) return { kind: 'sync-update', update: payload };
    return null;
  } catch {
    return null;
  }
}

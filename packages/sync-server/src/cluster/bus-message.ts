import { z } from 'zod';
import type { CloseRequest } from '../relay/room-bus.js';

/**
 * What relay instances say to each other on a worksheet's channel (docs/relay.md B9). Binary, so a Yjs
 * update travels as it is: byte 0 the format version, byte 1 the kind, then the sender's 16-byte
 * instance id (an instance ignores its own messages, B8), then the payload.
 */
export type RoomBusMessage =
  /** A Yjs update the sender stored and broadcast (an update and its repair merged into one, R23). */
  | { kind: 'update'; sender: Uint8Array; payload: Uint8Array }
  /** An awareness update the sender applied (identity already stamped, R25). */
  | { kind: 'awareness'; sender: Uint8Array; payload: Uint8Array }
  /** A room just loaded here: instances holding the worksheet answer with their connections' presence. */
  | { kind: 'awareness-query'; sender: Uint8Array }
  /** The sender may have failed to publish something: reload the worksheet from storage. */
  | { kind: 'resync'; sender: Uint8Array };

export const INSTANCE_ID_BYTES = 16;
const FORMAT_VERSION = 1;
const HEADER_BYTES = 2 + INSTANCE_ID_BYTES;
const kinds = ['update', 'awareness', 'awareness-query', 'resync'] as const;

export function encodeRoomBusMessage(message: RoomBusMessage): Buffer {
  const payload = 'payload' in message ? message.payload : new Uint8Array(0);
  const frame = Buffer.allocUnsafe(HEADER_BYTES + payload.byteLength);
  frame[0] = FORMAT_VERSION;
  frame[1] = kinds.indexOf(message.kind);
  frame.set(message.sender, 2);
  frame.set(payload, HEADER_BYTES);
  return frame;
}

export class BusMessageError extends Error {
  override name = 'BusMessageError';
}

/** Reads a message from the bus; throws BusMessageError on anything this version does not write. */
export function decodeRoomBusMessage(frame: Uint8Array): RoomBusMessage {
  if (frame.byteLength < HEADER_BYTES)
    throw new BusMessageError(`message of ${frame.byteLength} bytes is too short`);
  if (frame[0] !== FORMAT_VERSION) throw new BusMessageError(`unknown message format ${frame[0]}`);
  const kind = kinds[frame[1]!];
  if (!kind) throw new BusMessageError(`unknown message kind ${frame[1]}`);
  const sender = frame.subarray(2, HEADER_BYTES);
  if (kind === 'awareness-query' || kind === 'resync') return { kind, sender };
  return { kind, sender, payload: frame.subarray(HEADER_BYTES) };
}

const closeRequestMessage = z.object({
  sender: z.string().regex(/^[0-9a-f]{32}$/),
  target: z.enum(['user', 'worksheet', 'session']),
  id: z.string().min(1).max(200),
  code: z.number().int().min(1000).max(4999),
  reason: z.string().max(200),
});

/** Close requests travel as JSON on one channel every instance follows. */
export function encodeCloseRequest(sender: Uint8Array, request: CloseRequest): string {
  return JSON.stringify({ sender: Buffer.from(sender).toString('hex'), ...request });
}

export function decodeCloseRequest(text: string): { sender: string; request: CloseRequest } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BusMessageError('close request is not JSON');
  }
  const result = closeRequestMessage.safeParse(parsed);
  if (!result.success) throw new BusMessageError(`invalid close request: ${result.error.issues[0]?.message}`);
  const { sender, ...request } = result.data;
  return { sender, request };
}

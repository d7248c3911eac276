/**
 * The little the sync core needs from a WebSocket. The Hono/ws layer adapts a real socket to it;
 * unit tests use an in-memory pair. Incoming frames, pongs and the socket closing are reported
 * back through the RelayConnection the relay returns from `connect`.
 */
export interface RelaySocket {
  send(frame: Uint8Array): void;
  /** Starts the closing handshake. `reason` is at most 123 bytes of UTF-8 (see closeReason). */
  close(code: number, reason: string): void;
  /** Drops the connection without a handshake (dead peer). */
  terminate(): void;
  ping(): void;
  /** Bytes queued for sending that the peer has not taken yet. */
  readonly bufferedAmount: number;
}

const maxCloseReasonBytes = 123;

/** Shortens a close reason to what the WebSocket protocol allows, without splitting a character. */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= maxCloseReasonBytes) return reason;
  let shortened = reason;
  while (Buffer.byteLength(`${shortened}…`) > maxCloseReasonBytes) shortened = shortened.slice(0, -1);
  return `${shortened}…`;
}

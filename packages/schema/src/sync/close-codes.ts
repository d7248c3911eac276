/**
 * Every WebSocket close code the relay sends, in one place: the relay closes with them and the web app
 * explains them. The y-websocket client treats 4400–4499 as final (it stops reconnecting); any other code
 * reconnects.
 */
export const CloseCode = {
  /** Binary frame that is not a well-formed y-websocket message (truncated varint, garbage update). */
  malformed: 1002,
  /** Text frame, or a message type the relay does not accept from clients. */
  unsupported: 1003,
  /** Frame larger than `relay.maxMessageBytes`. */
  tooBig: 1009,
  /** The document could not be loaded or a write failed: retryable, nothing was replaced. */
  storageFailure: 1011,
  /** The server is shutting down; the client reconnects to the next one. */
  serverRestart: 1012,
  /** The connection's unsent output passed `relay.maxBufferedBytes`; the client reconnects and resyncs. */
  bufferFull: 1013,
  /**
   * An update built on changes the relay has not received (typed while an offline catch-up was still
   * on its way). Not final: the client reconnects and its sync step 2 brings everything at once.
   */
  resync: 4000,
  /** No valid session. Final. */
  notSignedIn: 4401,
  /** Signed in but refused: bad Origin, revoked access, a write on a read-only connection. Final. */
  refused: 4403,
  /** Unknown worksheet, or one that is not yours: the two are indistinguishable on purpose. Final. */
  notFound: 4404,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** The stock y-websocket client stops reconnecting after a close with one of these codes. */
export function isFinalCloseCode(code: number): boolean {
  return code >= 4400 && code <= 4499;
}

/**
 * After these, edits could only ever stay on this device: the editor turns read-only. Not after
 * `notSignedIn`: signing in again reopens the same worksheet with the edits still here.
 */
export function closeEndsEditing(code: number): boolean {
  return code === CloseCode.refused || code === CloseCode.notFound;
}

/**
 * The relay's final close codes (packages/sync-server/src/relay/close-codes.ts); y-websocket stops
 * reconnecting on any code from 4400 to 4499.
 */
export const FinalCloseCode = {
  notSignedIn: 4401,
  refused: 4403,
  notFound: 4404,
} as const;

/** After these, edits could only ever stay on this device: the editor turns read-only. */
export function closeEndsEditing(code: number): boolean {
  return code === FinalCloseCode.refused || code === FinalCloseCode.notFound;
}

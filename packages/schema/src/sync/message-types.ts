/**
 * The y-websocket wire format: one message per frame, `varUint(messageType)` then the body
 * (see docs/relay.md).
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncMessageType = { step1: 0, step2: 1, update: 2 } as const;

/** A sync message, from either side: the same three shapes travel both ways. */
export type SyncMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2'; update: Uint8Array }
  | { kind: 'sync-update'; update: Uint8Array };

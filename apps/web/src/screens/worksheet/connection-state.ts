/** What the worksheet page tells the person about their connection and their changes. */
export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'syncing' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'offline' }
  | { kind: 'read-only' }
  | { kind: 'closed'; code: number; reason: string };

export interface ConnectionFacts {
  status: 'connecting' | 'connected' | 'disconnected';
  /** A connection was lost at least once (or the browser says it is offline). */
  lostConnection: boolean;
  browserOnline: boolean;
  synced: boolean;
  saved: boolean;
  closed: { code: number; reason: string } | null;
}

/** Folds the provider's facts into the one state the page shows. */
export function connectionState(facts: ConnectionFacts): ConnectionState {
  if (facts.closed) return { kind: 'closed', ...facts.closed };
  if (!facts.browserOnline) return { kind: 'offline' };
  if (facts.status !== 'connected')
    return facts.lostConnection ? { kind: 'offline' } : { kind: 'connecting' };
  if (!facts.synced) return { kind: 'syncing' };
  return facts.saved ? { kind: 'saved' } : { kind: 'saving' };
}

/**
 * On a read-only worksheet nothing is saved (the relay never asks a read-only connection for its
 * changes), so "Saved"/"Saving…" would mislead: once synced it simply reads "Read-only".
 */
export function withReadOnly(state: ConnectionState, readOnly: boolean): ConnectionState {
  if (readOnly && (state.kind === 'saved' || state.kind === 'saving')) return { kind: 'read-only' };
  return state;
}

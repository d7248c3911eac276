import { type Awareness, removeAwarenessStates } from 'y-protocols/awareness';

/**
 * Drops what this device last heard about everyone else (names, cursors). Called when the connection is lost:
 * y-websocket does the same only once its socket closes, which can take 30 s after the network goes, and until
 * then the other person's cursor would stay on the page as if they were still here. The relay sends the
 * current states again on reconnect.
 */
export function forgetOtherPeople(awareness: Awareness, selfClientId: number): void {
  const others = [...awareness.getStates().keys()].filter((clientId) => clientId !== selfClientId);
  if (others.length > 0) removeAwarenessStates(awareness, others, 'connection-lost');
}

import { type Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';

/** Relays awareness both ways between two peers, as the provider does over the socket. */
export function relayAwareness(a: Awareness, b: Awareness): void {
  const forward =
    (from: Awareness, to: Awareness) => (changes: Record<string, number[]>, origin: unknown) => {
      if (origin === 'relay') return;
      const clients = [...changes.added!, ...changes.updated!, ...changes.removed!];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, clients), 'relay');
    };
  a.on('update', forward(a, b));
  b.on('update', forward(b, a));
}

// A room seeded with a document in one update: the fallback for scenario 3 when a relay cannot
// finish the replay in time (the trace's final document), and each room's worksheet in scenario 5.
import { ProtocolClient } from '../protocol-client.js';
import type { RelayEndpoint } from '../relay-targets.js';
import { withTimeout } from '../sleep.js';

/** Returns the seeding client, still connected, once the relay has echoed the update back. */
export async function seedRoom(
  endpoint: RelayEndpoint,
  room: string,
  state: Uint8Array,
): Promise<ProtocolClient> {
  let echoed: () => void = () => {};
  const echo = new Promise<void>((resolve) => {
    echoed = resolve;
  });
  // All three relays echo an update to its sender once they have taken it (ours: once it is durable).
  const seeder = new ProtocolClient(endpoint, room, {
    applyIncoming: false,
    announceAwareness: true,
    onUpdateFrame: () => echoed(),
  });
  await seeder.synced;
  seeder.sendUpdate(state);
  await withTimeout(echo, 60_000, 'the relay to take the seed update');
  return seeder;
}

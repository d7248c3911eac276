// Fallback for scenario 3 when a relay cannot finish the replay in time: the trace's final
// document is sent into a fresh room as one update, so a new client's sync can still be timed.
import { ProtocolClient } from '../protocol-client.js';
import { roomUrl } from '../relay-targets.js';
import { withTimeout } from '../sleep.js';

/** Returns the seeding client, still connected, once the relay has echoed the update back. */
export async function seedRoom(port: number, room: string, state: Uint8Array): Promise<ProtocolClient> {
  let echoed: () => void = () => {};
  const echo = new Promise<void>((resolve) => {
    echoed = resolve;
  });
  // Both relays echo an update to its sender once they have taken it (ours: once it is durable).
  const seeder = new ProtocolClient(roomUrl(port, room), {
    applyIncoming: false,
    announceAwareness: true,
    onUpdateFrame: () => echoed(),
  });
  await seeder.synced;
  seeder.sendUpdate(state);
  await withTimeout(echo, 60_000, 'the relay to take the seed update');
  return seeder;
}

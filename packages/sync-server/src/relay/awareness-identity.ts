import { colorForUser } from '@interlude/schema';
import * as encoding from 'lib0/encoding';
import type { WorksheetAccess } from './authorize.js';
import type { AwarenessEntry } from './awareness-update.js';

/** The `user` field of a presence state, as the web app sets it (`useWorksheetSession`). */
export interface PresenceIdentity {
  id: string;
  name: string;
  color: string;
}

export function presenceIdentity(access: WorksheetAccess): PresenceIdentity {
  return { id: access.userId, name: access.displayName, color: colorForUser(access.userId, access.role) };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Re-encodes an awareness update with every state's `user` replaced by the signed-in person's name, colour and
 * id (docs/relay.md R25), whatever the client sent: nobody can show up under someone else's name. A `null`
 * state (a client leaving) stays null.
 */
export function stampAwarenessIdentity(
  entries: readonly AwarenessEntry[],
  access: WorksheetAccess,
): Uint8Array {
  const user = presenceIdentity(access);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    const stamped = state === null ? null : { ...(isRecord(state) ? state : {}), user };
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(stamped));
  }
  return encoding.toUint8Array(encoder);
}

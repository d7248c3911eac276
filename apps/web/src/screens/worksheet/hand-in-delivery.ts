import type { ConnectionState } from './connection-state';

/**
 * Where a hand-in stands, as far as this page can know:
 * - `reviewed`: the therapist has marked it reviewed;
 * - `delivered`: the server holds it (the API reports this very hand-in, or everything was echoed);
 * - `on-device`: written here but cannot be sent now (offline or the connection has ended);
 * - `sending`: online, on its way.
 */
export type HandInDelivery = 'reviewed' | 'delivered' | 'on-device' | 'sending';

export interface HandInFacts {
  /** `handedInAt` in this device's copy of the document. */
  localHandedInAt: string;
  /** What the API last said about the worksheet. */
  server: { status: string; handedInAt: string | null };
  connection: ConnectionState['kind'];
}

export function handInDelivery({ localHandedInAt, server, connection }: HandInFacts): HandInDelivery {
  // The API reports the document's own timestamp, so equality means the server has this hand-in.
  const serverHasIt = server.handedInAt === localHandedInAt;
  if (serverHasIt && server.status === 'reviewed') return 'reviewed';
  if (serverHasIt || connection === 'saved') return 'delivered';
  if (connection === 'offline' || connection === 'closed') return 'on-device';
  return 'sending';
}

import type { ConnectionState } from './connection-state';

/**
 * Where a hand-in stands, as far as this page can know:
 * - `reviewed`: the therapist has marked it reviewed;
 * - `delivered`: the server holds it (the API reports this very hand-in, or every change is stored);
 * - `on-device`: written here but cannot be sent now (offline or the connection has ended);
 * - `sending`: online, on its way.
 */
export type HandInDelivery = 'reviewed' | 'delivered' | 'on-device' | 'sending';

export interface HandInFacts {
  /** `handedInAt` in this device's copy of the document. */
  localHandedInAt: string;
  /** What the API last said about the worksheet. */
  server: { status: string; handedInAt: string | null };
  connection: Pick<ConnectionState, 'status' | 'link' | 'closed'>;
}

export function handInDelivery({ localHandedInAt, server, connection }: HandInFacts): HandInDelivery {
  // The API reports the document's own timestamp, so equality means the server has this hand-in.
  const serverHasIt = server.handedInAt === localHandedInAt;
  if (serverHasIt && server.status === 'reviewed') return 'reviewed';
  // "All saved" comes only from the relay's durable echo: the hand-in is among what it stored.
  if (serverHasIt || connection.status === 'all-saved') return 'delivered';
  if (connection.link === 'offline' || connection.closed) return 'on-device';
  return 'sending';
}

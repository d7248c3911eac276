import type { AccessChanges } from './access/access-changes.js';
import type { SessionConnections } from './access/session-connections.js';
import type { Accounts } from './accounts.js';
import type { Clock } from './clock.js';
import type { ServerConfig } from './config.js';
import type { ClientIdOwners } from './relay/client-id-owners.js';
import type { Relay } from './relay/relay.js';
import type { RoomBus } from './relay/room-bus.js';
import type { DocumentStore } from './storage/document-store.js';
import type { UpdatesStoredListeners } from './storage/updates-stored-listeners.js';

/** What every part of a running server shares. Built once in server.ts and passed down. */
export interface ServerContext {
  config: ServerConfig;
  clock: Clock;
  /** Worksheet documents (Yjs update logs with provenance). */
  documentStore: DocumentStore;
  /** Who first wrote with each Yjs client id per worksheet (docs/relay.md R24), shared by relay and API. */
  clientIdOwners: ClientIdOwners;
  /** The sync relay: close connections at sign-out/archive/delete. */
  relay: Relay;
  /** How this relay instance shares rooms and close requests with others (Redis), or nothing when alone. */
  roomBus: RoomBus;
  /** Told of every stored worksheet update, by the relay or by the server's own writes. */
  updatesStored: UpdatesStoredListeners;
  /** The relay's connections by sign-in session (sign-out and session expiry close them). */
  sessionConnections: SessionConnections;
  /** Access changes announced in this process, for the relay's last check when a socket attaches. */
  accessChanges: AccessChanges;
  /** People, sessions, access and the audit log (accounts/). */
  accounts: Accounts;
  startedAt: number;
  isReady(): boolean;
}

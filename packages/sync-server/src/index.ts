export { CloseCode } from '@interlude/schema/sync';
export { type Clock, systemClock } from './clock.js';
export { loadConfig, type RelayLimits, type ServerConfig, testConfig } from './config.js';
export type { AccessDenied, AuthorizeWorksheet, WorksheetAccess } from './relay/authorize.js';
export type { Relay } from './relay/relay.js';
export type {
  AdmitUpdate,
  UpdateAdmission,
  UpdatesStoredEvent,
  UpdatesStoredListener,
} from './relay/relay-hooks.js';
export { isWorksheetId, newWorksheetId } from './relay/worksheet-id.js';
export { type RunningServer, type StartServerOptions, startServer } from './server.js';
export type {
  DocumentStore,
  DocumentWrite,
  ProvenanceSummary,
  StoredDocument,
  UpdateProvenance,
} from './storage/document-store.js';

// The sync contract between the relay and its clients (web app, bench, tests): close codes, the
// y-websocket message format, and how a client knows the server holds its work. Browser-safe.
export { type ClientMessage, type ClientMessageKind, decodeClientMessage } from './client-message.js';
export { CloseCode, type CloseCodeValue, closeEndsEditing, isFinalCloseCode } from './close-codes.js';
export { type DeleteSet, deleteSetCovers } from './delete-set-coverage.js';
export {
  encodeAwarenessAnnouncement,
  encodeAwarenessMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from './encode-message.js';
export { MalformedMessageError } from './malformed-message-error.js';
export { MessageType, type SyncMessage, SyncMessageType } from './message-types.js';
export { SaveTracker } from './save-tracker.js';
export { readServerSyncMessage } from './server-frame.js';

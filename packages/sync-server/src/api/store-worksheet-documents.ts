import type { Clock } from '../clock.js';
import { newWorksheetId } from '../relay/worksheet-id.js';
import type { DocumentStore } from '../storage/document-store.js';
import type { WorksheetDocuments } from './api-dependencies.js';

/** Worksheet documents through the relay's document store: the seed is the first stored update. */
export function storeWorksheetDocuments(store: DocumentStore, clock: Clock): WorksheetDocuments {
  return {
    newWorksheetId,
    append: (worksheetId, update, author) =>
      store.appendUpdates(worksheetId, [update], { ...author, receivedAt: clock.now() }),
    delete: (worksheetId) => store.delete(worksheetId),
  };
}

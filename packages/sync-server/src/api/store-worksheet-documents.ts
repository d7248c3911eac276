import * as Y from 'yjs';
import type { Clock } from '../clock.js';
import type { ClientIdOwners } from '../relay/client-id-owners.js';
import { newWorksheetId } from '../relay/worksheet-id.js';
import type { DocumentStore, UpdateProvenance } from '../storage/document-store.js';
import type { UpdatesStoredListeners } from '../storage/updates-stored-listeners.js';
import { loadWorksheetDoc } from '../worksheets/load-worksheet-doc.js';
import type { WorksheetDocuments } from './api-dependencies.js';

export interface StoreWorksheetDocumentsOptions {
  store: DocumentStore;
  /** The server's own writes claim their client ids for their author, as the relay does (R24). */
  clientIdOwners: ClientIdOwners;
  clock: Clock;
  /** The same listeners the relay tells, so derivations hear the server's own writes too. */
  updatesStored: UpdatesStoredListeners;
  logError: (message: string, error: unknown) => void;
}

/** Worksheet documents through the relay's document store: the seed is the first stored update. */
export function storeWorksheetDocuments({
  store,
  clientIdOwners,
  clock,
  updatesStored,
  logError,
}: StoreWorksheetDocumentsOptions): WorksheetDocuments {
  // Callers first await `prepare` where claims cannot read the owners as they go (Postgres).
  const claimWriters = (worksheetId: string, userId: string, update: Uint8Array) => {
    clientIdOwners.claim(worksheetId, userId, [...Y.parseUpdateMeta(update).to.keys()]);
  };

  /** Tells the listeners, with the document as stored (documents the server writes need no migration). */
  async function announce(worksheetId: string, provenance: UpdateProvenance, doc: Y.Doc): Promise<void> {
    try {
      await updatesStored.announce({ worksheetId, provenance, doc, updateCount: 1 }, logError);
    } finally {
      doc.destroy();
    }
  }

  return {
    newWorksheetId,
    async create(worksheetId, seed, author, recordRows) {
      const provenance = { ...author, receivedAt: clock.now() };
      // In the same transaction as the document and its rows: the seed's client ids are its author's.
      const write = { documentId: worksheetId, update: seed, provenance };
      await clientIdOwners.prepare?.(worksheetId);
      const result = await store.createDocument(write, async (tx) => {
        const rows = await recordRows(tx);
        claimWriters(worksheetId, author.userId, seed);
        await clientIdOwners.saveClaimsIn(tx, [write]);
        return rows;
      });
      const doc = new Y.Doc();
      Y.applyUpdate(doc, seed);
      await announce(worksheetId, provenance, doc);
      return result;
    },
    async append(worksheetId, update, author) {
      const provenance = { ...author, receivedAt: clock.now() };
      // Claimed first: the server's store saves claims inside the batch that stores the update (both engines),
      // never in a write of their own that could land inside another's transaction.
      await clientIdOwners.prepare?.(worksheetId);
      claimWriters(worksheetId, author.userId, update);
      try {
        await store.appendUpdates(worksheetId, [update], provenance);
      } catch (error) {
        clientIdOwners.forgetCachedClaims();
        throw error;
      }
      const doc = new Y.Doc();
      await loadWorksheetDoc(store, worksheetId, doc, null);
      await announce(worksheetId, provenance, doc);
    },
    load: async (worksheetId) => (await store.load(worksheetId))?.updates ?? [],
    delete: (worksheetId) => store.delete(worksheetId),
  };
}

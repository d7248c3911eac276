import { COMMENTS_MAP, META_MAP } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import * as Y from 'yjs';
import type { DocumentStore } from '../../src/storage/document-store.js';

/** Everything two replicas must agree on: content, meta, comments, every item and every deletion. */
export function worksheetSnapshot(doc: Y.Doc) {
  const deleteSet = Y.createDeleteSetFromStructStore(doc.store);
  return {
    content: readWorksheetContent(doc),
    meta: doc.getMap(META_MAP).toJSON(),
    comments: doc.getMap(COMMENTS_MAP).toJSON(),
    stateVector: [...Y.decodeStateVector(Y.encodeStateVector(doc))].sort(([a], [b]) => a - b),
    deleted: [...deleteSet.clients]
      .sort(([a], [b]) => a - b)
      .map(([client, ranges]) => [client, ranges.map(({ clock, len }) => [clock, len])]),
  };
}

/** The document as the store holds it, rebuilt from its log. */
export async function storedDoc(store: DocumentStore, worksheetId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await store.load(worksheetId))?.updates ?? []) Y.applyUpdate(doc, update);
  return doc;
}

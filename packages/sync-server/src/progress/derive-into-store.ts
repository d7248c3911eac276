import type * as Y from 'yjs';
import { InOrderPerKey } from '../in-order-per-key.js';
import { deriveWorksheet } from './derive-worksheet.js';
import type { DerivedResponseStore } from './derived-response-store.js';

/**
 * Derives a worksheet into SQL. The document is read at once (the scheduler derives a document about to be
 * destroyed), then written; a worksheet's derivations are written in the order they were read, so an older
 * one never replaces a newer one. A worksheet deleted meanwhile has nothing to derive (the store checks).
 */
export function deriveIntoStore(derived: DerivedResponseStore) {
  const writes = new InOrderPerKey();
  return async (worksheetId: string, doc: Y.Doc): Promise<void> => {
    const derivation = deriveWorksheet(doc);
    await writes.run(worksheetId, () => derived.replace(worksheetId, derivation));
  };
}

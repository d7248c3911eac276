import type * as Y from 'yjs';
import { deriveWorksheet } from './derive-worksheet.js';
import type { DerivedResponseStore } from './derived-response-store.js';

/** Derives a worksheet into SQL; a worksheet deleted meanwhile has nothing to derive. */
export function deriveIntoStore(derived: DerivedResponseStore) {
  return (worksheetId: string, doc: Y.Doc): void => {
    // Synchronous (the scheduler derives a document about to be destroyed at once): the derived
    // responses' own store checks the row, on the same database.
    if (!derived.hasWorksheet(worksheetId)) return;
    derived.replace(worksheetId, deriveWorksheet(doc));
  };
}

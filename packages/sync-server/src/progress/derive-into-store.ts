import type * as Y from 'yjs';
import type { Accounts } from '../accounts.js';
import { deriveWorksheet } from './derive-worksheet.js';
import type { DerivedResponseStore } from './derived-response-store.js';

/** Derives a worksheet into SQL; a worksheet deleted meanwhile has nothing to derive. */
export function deriveIntoStore(accounts: Accounts, derived: DerivedResponseStore) {
  return (worksheetId: string, doc: Y.Doc): void => {
    if (!accounts.worksheets.get(worksheetId)) return;
    derived.replace(worksheetId, deriveWorksheet(doc));
  };
}

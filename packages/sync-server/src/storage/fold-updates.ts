import * as Y from 'yjs';

/**
 * Folds a log of updates into one encoded state by applying them to a scratch Y.Doc.
 * Linear in the log size, unlike Y.mergeUpdates, which grows superlinearly on long logs.
 */
export function foldUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

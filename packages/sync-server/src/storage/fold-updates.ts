import * as Y from 'yjs';

/**
 * Folds a log of updates into one encoded state by applying them to a scratch Y.Doc.
 * Linear in the log size, unlike Y.mergeUpdates, which grows superlinearly on long logs.
 */
export function foldUpdates(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  try {
    // One transaction per update: Yjs merges the structs a deletion splits only when a transaction ends, and a
    // long typing log in one transaction left the struct arrays so fragmented that folding it took 5× longer.
    for (const update of updates) Y.applyUpdate(doc, update);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

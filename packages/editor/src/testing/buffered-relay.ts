import * as Y from 'yjs';

/**
 * Two documents whose updates travel with a delay: each side's updates queue up until `deliver` hands them
 * to the other side (in order, as one socket does), so edits made in between are concurrent.
 */
export function bufferedRelay(a: Y.Doc, b: Y.Doc) {
  const toA: Uint8Array[] = [];
  const toB: Uint8Array[] = [];
  const fromA = (update: Uint8Array, origin: unknown) => origin !== 'relay' && toB.push(update);
  const fromB = (update: Uint8Array, origin: unknown) => origin !== 'relay' && toA.push(update);
  a.on('update', fromA);
  b.on('update', fromB);
  const flush = (queue: Uint8Array[], target: Y.Doc) => {
    for (const update of queue.splice(0)) Y.applyUpdate(target, update, 'relay');
  };
  return {
    deliverToA: () => flush(toA, a),
    deliverToB: () => flush(toB, b),
    deliverAll: () => {
      flush(toA, a);
      flush(toB, b);
    },
    close: () => {
      a.off('update', fromA);
      b.off('update', fromB);
    },
  };
}

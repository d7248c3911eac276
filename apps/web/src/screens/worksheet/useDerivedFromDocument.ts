import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * A value derived from the live document, kept current as anyone edits. Recomputed at most once per
 * frame: a burst of keystrokes or a large incoming sync costs one walk of the document. `derive` must
 * be stable (a module-level function), or the subscription restarts on every render.
 */
export function useDerivedFromDocument<Value>(
  doc: Y.Doc | null,
  derive: (doc: Y.Doc) => Value,
): Value | null {
  const [current, setCurrent] = useState<Value | null>(null);
  useEffect(() => {
    if (!doc) return;
    let frame: number | null = null;
    const recompute = () => {
      frame = null;
      setCurrent(derive(doc));
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(recompute);
    };
    recompute();
    doc.on('update', schedule);
    return () => {
      doc.off('update', schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [doc, derive]);
  return current;
}

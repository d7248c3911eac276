import { type Completion, completion } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * How many required answers are given, kept current as anyone edits. Recomputed at most once per
 * frame: a burst of keystrokes or a large incoming sync costs one walk of the document.
 */
export function useCompletion(doc: Y.Doc | null): Completion | null {
  const [current, setCurrent] = useState<Completion | null>(null);
  useEffect(() => {
    if (!doc) return;
    let frame: number | null = null;
    const measure = () => {
      frame = null;
      setCurrent(completion(readWorksheetContent(doc)));
    };
    const schedule = () => {
      if (frame === null) frame = requestAnimationFrame(measure);
    };
    measure();
    doc.on('update', schedule);
    return () => {
      doc.off('update', schedule);
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [doc]);
  return current;
}

import { META_MAP } from '@interlude/schema';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

export interface LiveMeta {
  title: string | null;
  handedInAt: string | null;
}

function readMeta(doc: Y.Doc): LiveMeta {
  const meta = doc.getMap(META_MAP);
  const title = meta.get('title');
  const handedInAt = meta.get('handedInAt');
  return {
    title: typeof title === 'string' && title.trim() ? title : null,
    handedInAt: typeof handedInAt === 'string' ? handedInAt : null,
  };
}

/** The worksheet's `meta` map as it changes, from whichever device wrote it. */
export function useWorksheetMeta(doc: Y.Doc | null): LiveMeta {
  const [meta, setMeta] = useState<LiveMeta>({ title: null, handedInAt: null });
  useEffect(() => {
    if (!doc) return;
    const map = doc.getMap(META_MAP);
    const update = () => setMeta(readMeta(doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  return meta;
}

/** Hands the worksheet in: written into the document by this device, so it works offline too. */
export function handIn(doc: Y.Doc): void {
  doc.getMap(META_MAP).set('handedInAt', new Date().toISOString());
}

import { META_MAP } from '@interlude/schema';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { isNewerThanApp } from './is-newer-than-app.js';

/** Follows the document's model version as it syncs in (it may arrive after the editor opened). */
export function useNewerThanApp(doc: Y.Doc): boolean {
  const [newer, setNewer] = useState(() => isNewerThanApp(doc));
  useEffect(() => {
    const meta = doc.getMap<unknown>(META_MAP);
    const check = () => setNewer(isNewerThanApp(doc));
    check();
    meta.observe(check);
    return () => meta.unobserve(check);
  }, [doc]);
  return newer;
}

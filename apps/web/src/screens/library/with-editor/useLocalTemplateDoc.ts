import { WORKSHEET_SCHEMA_VERSION, type WorksheetJSON } from '@interlude/schema';
import { createWorksheetDoc } from '@interlude/schema/tiptap';
import { useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { TemplateDetail } from '../../../api/templates';

/**
 * A Y.Doc in memory holding a template's content, with no provider and no socket: nothing typed in it
 * leaves the page unless the template editor saves it. It is seeded once per `seedKey` (a template id,
 * or id and version for the preview), never again on a refetch: seeding creates new CRDT items, so
 * re-seeding would duplicate the content under an open editor.
 */
export function useLocalTemplateDoc(template: TemplateDetail | undefined, seedKey: string): Y.Doc | null {
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const latest = useRef(template);
  latest.current = template;
  const ready = template !== undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: seedKey decides when to seed again; the content is read from the ref on purpose.
  useEffect(() => {
    const seed = latest.current;
    if (!ready || !seed) return;
    const created = createWorksheetDoc(seed.content as WorksheetJSON, {
      schemaVersion: WORKSHEET_SCHEMA_VERSION,
      title: seed.title,
      kind: seed.kind,
      templateId: seed.id,
      templateVersion: seed.version,
      ...(seed.measure ? { measure: seed.measure } : {}),
    });
    setDoc(created);
    return () => {
      setDoc(null);
      created.destroy();
    };
  }, [ready, seedKey]);

  return doc;
}

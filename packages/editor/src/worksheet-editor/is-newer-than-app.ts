import { META_MAP, WORKSHEET_SCHEMA_VERSION } from '@interlude/schema';
import type * as Y from 'yjs';

/** Whether the document was written by a newer model than this app knows: such a document opens read-only. */
export function isNewerThanApp(doc: Y.Doc): boolean {
  const version = doc.getMap<unknown>(META_MAP).get('schemaVersion');
  return typeof version === 'number' && version > WORKSHEET_SCHEMA_VERSION;
}

import { updateYFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { CONTENT_FIELD, META_MAP, WORKSHEET_SCHEMA_VERSION } from '../document/layout.js';
import { WorksheetDocumentError } from '../document/worksheetDocumentError.js';
import { migrateDocument } from '../migrations/migrateDocument.js';
import { worksheetSchema } from './extensions.js';

/**
 * Brings a stored worksheet up to the current model in place, in one transaction, changing only what differs.
 * Meant for the one writer that loads a document before serving it (the sync server), so that two devices
 * never migrate the same document concurrently and duplicate its content. Returns whether anything changed.
 */
export function migrateWorksheetDoc(ydoc: Y.Doc): boolean {
  const meta = ydoc.getMap<unknown>(META_MAP);
  const version = meta.get('schemaVersion');
  if (typeof version !== 'number') {
    throw new WorksheetDocumentError('invalid-meta', 'worksheet meta has no schemaVersion');
  }
  if (version === WORKSHEET_SCHEMA_VERSION) return false;
  const fragment = ydoc.getXmlFragment(CONTENT_FIELD);
  // Read without the schema: nodes of an older version may not exist in the current one.
  const { content } = migrateDocument(yXmlFragmentToProsemirrorJSON(fragment), version);
  const node = worksheetSchema.nodeFromJSON(content);
  node.check();
  ydoc.transact(() => {
    updateYFragment(ydoc, fragment, node, { mapping: new Map(), isOMark: new Map() });
    meta.set('schemaVersion', WORKSHEET_SCHEMA_VERSION);
  });
  return true;
}

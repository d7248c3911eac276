import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { CONTENT_FIELD } from '../document/layout.js';
import { type WorksheetMeta, worksheetMetaSchema } from '../document/meta.js';
import { WorksheetDocumentError } from '../document/worksheetDocumentError.js';
import { readWorksheetMeta, writeWorksheetMeta } from '../yjs/worksheetMetaMap.js';
import { worksheetSchema } from './extensions.js';

export interface WorksheetSnapshot {
  content: WorksheetJSON;
  meta: WorksheetMeta;
}

/**
 * The worksheet content as ProseMirror JSON, read the way Tiptap's Collaboration binding reads it: every
 * attribute present (y-tiptap leaves null attributes out of the Y.Doc), nodes the schema cannot hold dropped.
 */
export function readWorksheetContent(ydoc: Y.Doc): WorksheetJSON {
  return yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(CONTENT_FIELD), worksheetSchema).toJSON();
}

/** Content and meta of a worksheet document (what the server derives progress from). */
export function worksheetDocToJSON(ydoc: Y.Doc): WorksheetSnapshot {
  return { content: readWorksheetContent(ydoc), meta: readWorksheetMeta(ydoc) };
}

function checkedContent(contentJSON: WorksheetJSON) {
  try {
    const node = worksheetSchema.nodeFromJSON(contentJSON);
    node.check();
    return node;
  } catch (error) {
    throw new WorksheetDocumentError(
      'invalid-content',
      `worksheet content does not fit the schema: ${error}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * A new Y.Doc holding a worksheet. Call it once per worksheet, when it is assigned: every call creates new
 * CRDT items, so seeding an existing document again would duplicate its content.
 */
export function createWorksheetDoc(contentJSON: WorksheetJSON, meta: WorksheetMeta): Y.Doc {
  const content = checkedContent(contentJSON);
  const parsedMeta = worksheetMetaSchema.safeParse(meta);
  if (!parsedMeta.success) {
    throw new WorksheetDocumentError(
      'invalid-meta',
      `worksheet meta is invalid: ${parsedMeta.error.message}`,
      {
        cause: parsedMeta.error,
      },
    );
  }
  const ydoc = new Y.Doc();
  ydoc.transact(() => {
    prosemirrorJSONToYXmlFragment(worksheetSchema, content.toJSON(), ydoc.getXmlFragment(CONTENT_FIELD));
    writeWorksheetMeta(ydoc, parsedMeta.data);
  });
  return ydoc;
}

/**
 * The seed of a new worksheet as one Yjs update, to store as the document's first update. Applying this same
 * update again is harmless (Yjs ignores items it has), but encoding a second seed for the same worksheet is not.
 */
export function encodeWorksheetSeed(contentJSON: WorksheetJSON, meta: WorksheetMeta): Uint8Array {
  const ydoc = createWorksheetDoc(contentJSON, meta);
  try {
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}

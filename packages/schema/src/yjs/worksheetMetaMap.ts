import type * as Y from 'yjs';
import { META_MAP } from '../document/layout.js';
import { type WorksheetMeta, worksheetMetaSchema } from '../document/meta.js';
import { WorksheetDocumentError } from '../document/worksheetDocumentError.js';

/** The `meta` map as stored, without validation (for comparing before and after a change). */
export function readMetaRecord(ydoc: Y.Doc): Record<string, unknown> {
  return ydoc.getMap<unknown>(META_MAP).toJSON();
}

/** The worksheet's meta, validated; throws `WorksheetDocumentError('invalid-meta')` when it does not fit. */
export function readWorksheetMeta(ydoc: Y.Doc): WorksheetMeta {
  const parsed = worksheetMetaSchema.safeParse(readMetaRecord(ydoc));
  if (!parsed.success) {
    throw new WorksheetDocumentError('invalid-meta', `worksheet meta is invalid: ${parsed.error.message}`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * Writes the given meta keys; a key given as `undefined` is deleted, since optional keys are absent from the
 * map rather than null. Runs in one transaction so peers see one change.
 */
export function writeWorksheetMeta(ydoc: Y.Doc, patch: Partial<WorksheetMeta>): void {
  const map = ydoc.getMap<unknown>(META_MAP);
  ydoc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) map.delete(key);
      else if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
    }
  });
}

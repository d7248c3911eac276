import { META_MAP } from '@interlude/schema';
import { migrateWorksheetDoc } from '@interlude/schema/tiptap';
import * as Y from 'yjs';
import type { MigrateOnLoad } from '../relay/relay-hooks.js';

/**
 * Upgrades a worksheet written by an older version of the app as the relay loads it: the server is
 * the one writer that migrates, so two devices never migrate the same document at once (decision 0001 §6).
 * Documents without a schema version are not worksheets yet and are left alone.
 */
export const migrateLoadedWorksheet: MigrateOnLoad = (doc) => {
  if (typeof doc.getMap(META_MAP).get('schemaVersion') !== 'number') return null;
  const before = Y.encodeStateVector(doc);
  return migrateWorksheetDoc(doc) ? Y.encodeStateAsUpdate(doc, before) : null;
};

import { NODE_NAMES } from '../nodes/nodeNames.js';
import type { WorksheetJSON } from './worksheetJSON.js';

/** Whether a worksheet holds an entry group anywhere: a diary or a log, whose entries the client adds. */
export function hasEntryGroups(content: WorksheetJSON): boolean {
  if (content.type === NODE_NAMES.entryGroup) return true;
  return (content.content ?? []).some(hasEntryGroups);
}

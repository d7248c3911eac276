import { walkWorksheet } from '../content/walkWorksheet.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';
import { templateProjection } from './templateProjection.js';

/** The template of every scored-measure item (a `choice` with a `measureId`), in document order. */
export function measureItemTemplates(docJSON: WorksheetJSON): WorksheetJSON[] {
  const items: WorksheetJSON[] = [];
  walkWorksheet(templateProjection(docJSON), (node) => {
    if (node.type === NODE_NAMES.choice && node.attrs?.measureId) items.push(node);
  });
  return items;
}

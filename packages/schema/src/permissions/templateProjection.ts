import { RESPONSE_ATTRIBUTES, RESPONSE_CONTENT_NODES } from '../content/responsePart.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';

/**
 * The worksheet with its response part removed: response attributes set to null, prompt answers emptied,
 * entries dropped. Two documents have the same template iff their projections are equal.
 * Expects schema JSON (`editor.getJSON()`, `readWorksheetContent`), where every attribute is present.
 */
export function templateProjection(docJSON: WorksheetJSON): WorksheetJSON {
  const type = docJSON.type ?? '';
  const projected: WorksheetJSON = { ...docJSON };
  const responseAttributes = RESPONSE_ATTRIBUTES[type];
  if (responseAttributes && docJSON.attrs) {
    projected.attrs = { ...docJSON.attrs };
    for (const name of responseAttributes) projected.attrs[name] = null;
  }
  if (RESPONSE_CONTENT_NODES.has(type)) delete projected.content;
  else if (docJSON.content) projected.content = docJSON.content.map(templateProjection);
  return projected;
}

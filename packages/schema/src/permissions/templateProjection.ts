import { COMMENT_MARK } from '../comments/commentRecord.js';
import { jsonEqual } from '../content/jsonEqual.js';
import { RESPONSE_ATTRIBUTES, RESPONSE_CONTENT_NODES } from '../content/responsePart.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';

/**
 * The worksheet with its response part removed: response attributes set to null, prompt answers emptied,
 * entries dropped. Two documents have the same template iff their projections are equal.
 * Expects schema JSON (`editor.getJSON()`, `readWorksheetContent`), where every attribute is present.
 * Comment marks are not template: anyone may anchor a thread in the worksheet's own text, so they are removed
 * and the text pieces they split are joined again.
 */
export function templateProjection(docJSON: WorksheetJSON): WorksheetJSON {
  const type = docJSON.type ?? '';
  const projected: WorksheetJSON = { ...docJSON };
  if (docJSON.marks) {
    const marks = docJSON.marks.filter((mark) => mark.type !== COMMENT_MARK);
    if (marks.length > 0) projected.marks = marks;
    else delete projected.marks;
  }
  const responseAttributes = RESPONSE_ATTRIBUTES[type];
  if (responseAttributes && docJSON.attrs) {
    projected.attrs = { ...docJSON.attrs };
    for (const name of responseAttributes) projected.attrs[name] = null;
  }
  if (RESPONSE_CONTENT_NODES.has(type)) delete projected.content;
  else if (docJSON.content) projected.content = joinTextPieces(docJSON.content.map(templateProjection));
  return projected;
}

function joinTextPieces(children: WorksheetJSON[]): WorksheetJSON[] {
  const joined: WorksheetJSON[] = [];
  for (const child of children) {
    const previous = joined.at(-1);
    if (previous?.type === 'text' && child.type === 'text' && jsonEqual(previous.marks, child.marks)) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text ?? ''}${child.text ?? ''}` };
    } else {
      joined.push(child);
    }
  }
  return joined;
}

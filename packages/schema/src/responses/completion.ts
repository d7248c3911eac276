import { hasAnswer } from '../content/answeredNodes.js';
import { walkWorksheet } from '../content/walkWorksheet.js';
import { attributesOf, type WorksheetJSON } from '../content/worksheetJSON.js';

export interface Completion {
  requiredAnswered: number;
  requiredTotal: number;
  /** 0–1; a worksheet with nothing required counts as complete once anything is answered or an entry added. */
  ratio: number;
}

/**
 * How much of the required work is done. Counts required questions outside entries: an entry group has no
 * fixed number of entries, so its entries add to the answers but not to the total.
 */
export function completion(docJSON: WorksheetJSON): Completion {
  let requiredAnswered = 0;
  let requiredTotal = 0;
  let anythingAnswered = false;
  walkWorksheet(docJSON, (node, context) => {
    if (hasAnswer(node)) anythingAnswered = true;
    if (context.entry !== null || attributesOf(node).required !== true) return;
    requiredTotal += 1;
    if (hasAnswer(node)) requiredAnswered += 1;
  });
  const ratio = requiredTotal === 0 ? (anythingAnswered ? 1 : 0) : requiredAnswered / requiredTotal;
  return { requiredAnswered, requiredTotal, ratio };
}

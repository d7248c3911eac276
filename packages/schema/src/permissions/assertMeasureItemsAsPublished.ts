import { jsonEqual } from '../content/jsonEqual.js';
import { walkWorksheet } from '../content/walkWorksheet.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';
import { MeasureItemsChangedError } from './measureItemsChangedError.js';

/** Every scored-measure item (a `choice` with a `measureId`) as it stands, answers included, in document order. */
function measureItems(content: WorksheetJSON): WorksheetJSON[] {
  const items: WorksheetJSON[] = [];
  walkWorksheet(content, (node) => {
    if (node.type === NODE_NAMES.choice && node.attrs?.measureId) items.push(node);
  });
  return items;
}

function difference(published: WorksheetJSON[], tailored: WorksheetJSON[]): string | null {
  if (tailored.length !== published.length) {
    return `it has ${tailored.length} items where the published form has ${published.length}`;
  }
  const changed = published.findIndex((item, index) => !jsonEqual(item, tailored[index]));
  return changed < 0 ? null : `item ${changed + 1} differs from the published form`;
}

/**
 * A scored measure is valid only as published: a tailored copy (both as schema JSON) must hold exactly the
 * published items, in order, worded the same and unanswered; the text around them may differ. Throws
 * `MeasureItemsChangedError` with a reason the therapist can act on.
 */
export function assertMeasureItemsAsPublished(
  measureName: string,
  published: WorksheetJSON,
  tailored: WorksheetJSON,
): void {
  const problem = difference(measureItems(published), measureItems(tailored));
  if (problem === null) return;
  throw new MeasureItemsChangedError(
    `The ${measureName} is a scored measure and is assigned exactly as published, so its score stays valid: ` +
      `a tailored copy may not add, remove, reorder, reword or pre-answer its items (${problem}). ` +
      'Assign it without changing the items.',
  );
}

import { NODE_NAMES } from '../nodes/nodeNames.js';
import type { WorksheetJSON } from './worksheetJSON.js';

/** Where a visited node sits: inside which entry (and its group), if any. */
export interface WalkContext {
  readonly entryGroup: WorksheetJSON | null;
  readonly entry: WorksheetJSON | null;
}

/**
 * Visits every node of a worksheet in document order, except what lies inside a prompt's answer: that is
 * rich text belonging to the prompt, not questions of the worksheet.
 */
export function walkWorksheet(
  root: WorksheetJSON,
  visit: (node: WorksheetJSON, context: WalkContext) => void,
  context: WalkContext = { entryGroup: null, entry: null },
): void {
  visit(root, context);
  if (root.type === NODE_NAMES.prompt) return;
  let childContext = context;
  if (root.type === NODE_NAMES.entryGroup) childContext = { entryGroup: root, entry: null };
  if (root.type === NODE_NAMES.entry) childContext = { ...context, entry: root };
  for (const child of root.content ?? []) walkWorksheet(child, visit, childContext);
}

import { type AnsweredNode, answeredNodes } from '../content/answeredNodes.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';

/**
 * Answers present before a change and gone after it (the node removed, or its answer emptied), for the
 * therapist's confirmation before removing a prompt, a scale or a diary that holds the client's work.
 */
export function answersLostByChange(before: WorksheetJSON, after: WorksheetJSON): AnsweredNode[] {
  const remaining = answeredNodes(after);
  return [...answeredNodes(before).values()].filter((answer) => !remaining.has(answer.nodeId));
}

import { NODE_NAMES } from '../nodes/nodeNames.js';
import { nodeLabel } from './nodeLabel.js';
import { walkWorksheet } from './walkWorksheet.js';
import { attributesOf, plainTextOf, type WorksheetJSON } from './worksheetJSON.js';

/** A node holding something the client wrote or chose. */
export interface AnsweredNode {
  nodeId: string;
  nodeType: string;
  label: string;
}

/** Whether a node holds an answer: written text, a chosen value, a ticked box, an estimate. */
export function hasAnswer(node: WorksheetJSON): boolean {
  const attrs = attributesOf(node);
  switch (node.type) {
    case NODE_NAMES.prompt:
      return plainTextOf(node).trim() !== '';
    case NODE_NAMES.scale:
    case NODE_NAMES.choice:
    case NODE_NAMES.field:
      return attrs.value !== null && attrs.value !== undefined && attrs.value !== '';
    case NODE_NAMES.checklist:
      return Array.isArray(attrs.checked) && attrs.checked.length > 0;
    case NODE_NAMES.goal:
      return attrs.progress !== null && attrs.progress !== undefined;
    case NODE_NAMES.goalStep:
      return attrs.checked === true;
    // An entry exists only because the client added it.
    case NODE_NAMES.entry:
      return true;
    default:
      return false;
  }
}

/** Every answered node by id, an entry counting as one answer (what it holds is not listed separately). */
export function answeredNodes(docJSON: WorksheetJSON): Map<string, AnsweredNode> {
  const answered = new Map<string, AnsweredNode>();
  walkWorksheet(docJSON, (node, context) => {
    if (context.entry !== null || !hasAnswer(node)) return;
    const id = attributesOf(node).id;
    if (typeof id !== 'string') return;
    const label =
      node.type === NODE_NAMES.entry
        ? [nodeLabel(context.entryGroup ?? {}), attributesOf(node).date].filter(Boolean).join(', ')
        : nodeLabel(node);
    answered.set(id, { nodeId: id, nodeType: node.type ?? '', label });
  });
  return answered;
}

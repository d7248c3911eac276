import { NODE_NAMES } from '../nodes/nodeNames.js';
import { attributesOf, type WorksheetJSON } from './worksheetJSON.js';

/** The words a person knows a node by: a prompt's question, a goal's title, a scale's label. */
export function nodeLabel(node: WorksheetJSON): string {
  const attrs = attributesOf(node);
  const label = (() => {
    switch (node.type) {
      case NODE_NAMES.prompt:
        return attrs.question;
      case NODE_NAMES.goal:
        return attrs.title;
      case NODE_NAMES.goalStep:
        return attrs.text;
      default:
        return attrs.label;
    }
  })();
  return typeof label === 'string' ? label : '';
}

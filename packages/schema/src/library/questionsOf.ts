import { nodeLabel } from '../content/nodeLabel.js';
import { walkWorksheet } from '../content/walkWorksheet.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';

/** The words a person knows each block of a template by (questions, scale labels, goals), in document order. */
export function questionsOf(content: WorksheetJSON): string[] {
  const questions: string[] = [];
  walkWorksheet(content, (node) => {
    const label = nodeLabel(node);
    if (label) questions.push(label);
  });
  return questions;
}

import { NODE_NAMES } from '../nodes/nodeNames.js';
import { jsonEqual } from './jsonEqual.js';
import type { WorksheetJSON } from './worksheetJSON.js';

/**
 * What a prompt's answer may hold: rich text as the editor writes it (paragraphs, headings, lists, quotes, code,
 * rules, line breaks). A worksheet node (a scale, a question) pasted into an answer is not an answer: it would
 * be template content the client wrote.
 */
export const ANSWER_NODE_TYPES: ReadonlySet<string> = new Set([
  'paragraph',
  'text',
  'hardBreak',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'codeBlock',
  'horizontalRule',
]);

/** Marks the worksheet schema knows (Yjs stores an overlapping mark's name with a `--hash` suffix). */
export const WORKSHEET_MARK_TYPES: ReadonlySet<string> = new Set([
  'bold',
  'italic',
  'strike',
  'code',
  'link',
  'underline',
  'comment',
]);

/** Every node inside a prompt's answer (anywhere in the worksheet) that an answer may not hold, outermost only. */
export function answerIntrusions(root: WorksheetJSON): WorksheetJSON[] {
  const found: WorksheetJSON[] = [];
  const visit = (node: WorksheetJSON, inAnswer: boolean) => {
    if (inAnswer && !ANSWER_NODE_TYPES.has(node.type ?? '')) {
      found.push(node);
      return;
    }
    const childrenInAnswer = inAnswer || node.type === NODE_NAMES.prompt;
    for (const child of node.content ?? []) visit(child, childrenInAnswer);
  };
  visit(root, false);
  return found;
}

/** The intrusions of `after` that `before` did not hold already (a document written before this rule keeps its own). */
export function newAnswerIntrusions(before: WorksheetJSON, after: WorksheetJSON): WorksheetJSON[] {
  const known = answerIntrusions(before);
  return answerIntrusions(after).filter((node) => !known.some((old) => jsonEqual(old, node)));
}

/**
 * An answer's content without the nodes it may not hold (except those in `kept`); never empty, since a prompt
 * holds at least one block.
 */
export function answerWithoutIntrusions(content: WorksheetJSON[], kept: WorksheetJSON[]): WorksheetJSON[] {
  const clean = (node: WorksheetJSON): WorksheetJSON | null => {
    if (!ANSWER_NODE_TYPES.has(node.type ?? '') && !kept.some((old) => jsonEqual(old, node))) return null;
    if (!node.content) return node;
    return { ...node, content: node.content.map(clean).filter((child) => child !== null) };
  };
  const cleaned = content.map(clean).filter((node) => node !== null);
  return cleaned.length > 0 || content.length === 0 ? cleaned : [{ type: 'paragraph' }];
}

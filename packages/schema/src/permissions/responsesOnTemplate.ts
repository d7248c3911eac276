import { answerIntrusions, answerWithoutIntrusions } from '../content/answerContent.js';
import { jsonEqual } from '../content/jsonEqual.js';
import { RESPONSE_ATTRIBUTES, RESPONSE_CONTENT_NODES } from '../content/responsePart.js';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';

/** Nodes of a document by their `id` attribute (the first of each id, as only ids the template holds matter). */
function nodesById(root: WorksheetJSON): Map<string, WorksheetJSON> {
  const byId = new Map<string, WorksheetJSON>();
  const visit = (node: WorksheetJSON) => {
    const id = node.attrs?.id;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
    for (const child of node.content ?? []) visit(child);
  };
  visit(root);
  return byId;
}

/**
 * The document a forbidden change is repaired to: the template of `before` (its questions, scale definitions,
 * goal frames, measure items and own text, in its order) carrying the responses of `after` (answers, values,
 * ticks, entries), matched by node id. A template node `after` removed comes back with the answer it had in
 * `before`; template nodes `after` added are left out; an answer keeps only what an answer may hold.
 * Attribute values equal in both keep `after`'s objects, so a minimal diff sees them unchanged.
 */
export function responsesOnTemplate(before: WorksheetJSON, after: WorksheetJSON): WorksheetJSON {
  const answered = nodesById(after);
  const legacyIntrusions = answerIntrusions(before);
  // Prompts inside entries are answers too.
  const cleanAnswersIn = (node: WorksheetJSON): WorksheetJSON => {
    if (node.type === NODE_NAMES.prompt) {
      return { ...node, content: answerWithoutIntrusions(node.content ?? [], legacyIntrusions) };
    }
    return node.content ? { ...node, content: node.content.map(cleanAnswersIn) } : node;
  };
  const rebuild = (node: WorksheetJSON): WorksheetJSON => {
    const type = node.type ?? '';
    const id = node.attrs?.id;
    const match = typeof id === 'string' ? answered.get(id) : undefined;
    const counterpart = match?.type === type ? match : undefined;
    const rebuilt: WorksheetJSON = { ...node };
    if (node.attrs) {
      rebuilt.attrs = { ...node.attrs };
      const responseAttributes = RESPONSE_ATTRIBUTES[type] ?? [];
      for (const [name, value] of Object.entries(node.attrs)) {
        const theirs = counterpart?.attrs?.[name];
        if (responseAttributes.includes(name) && counterpart) rebuilt.attrs[name] = theirs ?? null;
        else if (counterpart && jsonEqual(theirs, value)) rebuilt.attrs[name] = theirs;
      }
    }
    if (RESPONSE_CONTENT_NODES.has(type)) {
      const content = counterpart ? (counterpart.content ?? []) : (node.content ?? []);
      const cleaned = cleanAnswersIn({ ...node, content }).content ?? [];
      if (cleaned.length > 0) rebuilt.content = cleaned;
      else delete rebuilt.content;
    } else if (node.content) {
      rebuilt.content = node.content.map(rebuild);
    }
    return rebuilt;
  };
  return rebuild(before);
}

import type { z } from 'zod';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { checklistAttributesSchema } from './checklist.js';
import { choiceAttributesSchema } from './choice.js';
import { entryAttributesSchema } from './entry.js';
import { entryGroupAttributesSchema } from './entryGroup.js';
import { fieldAttributesSchema } from './field.js';
import { goalAttributesSchema } from './goal.js';
import { goalStepAttributesSchema } from './goalStep.js';
import { NODE_NAMES, type WorksheetNodeName } from './nodeNames.js';
import { promptAttributesSchema } from './prompt.js';
import { scaleAttributesSchema } from './scale.js';

/** The zod schema of each custom node's attributes, by node name. */
export const nodeAttributeSchemas: Readonly<Record<WorksheetNodeName, z.ZodType>> = {
  [NODE_NAMES.prompt]: promptAttributesSchema,
  [NODE_NAMES.scale]: scaleAttributesSchema,
  [NODE_NAMES.goal]: goalAttributesSchema,
  [NODE_NAMES.goalStep]: goalStepAttributesSchema,
  [NODE_NAMES.choice]: choiceAttributesSchema,
  [NODE_NAMES.checklist]: checklistAttributesSchema,
  [NODE_NAMES.field]: fieldAttributesSchema,
  [NODE_NAMES.entryGroup]: entryGroupAttributesSchema,
  [NODE_NAMES.entry]: entryAttributesSchema,
};

export interface InvalidNode {
  nodeType: string;
  nodeId: unknown;
  issues: string[];
}

/**
 * Custom nodes whose attributes do not fit their schema (a scale value out of range, a malformed date), plus
 * ids used twice. The ProseMirror schema checks structure; this checks what the attributes mean.
 */
export function findInvalidNodes(docJSON: WorksheetJSON): InvalidNode[] {
  const invalid: InvalidNode[] = [];
  const seenIds = new Set<unknown>();
  const visit = (node: WorksheetJSON) => {
    const schema = nodeAttributeSchemas[node.type as WorksheetNodeName];
    if (!schema) return;
    const id = node.attrs?.id;
    const issues: string[] = [];
    const parsed = schema.safeParse(node.attrs ?? {});
    if (!parsed.success)
      issues.push(
        ...parsed.error.issues.map((issue) =>
          issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
        ),
      );
    if (id !== null && id !== undefined && seenIds.has(id)) issues.push('id: used by another node');
    seenIds.add(id);
    if (issues.length > 0) invalid.push({ nodeType: node.type ?? '', nodeId: id, issues });
  };
  // Nodes inside prompt answers are checked too: they are still nodes of the document.
  const visitAll = (node: WorksheetJSON) => {
    visit(node);
    for (const child of node.content ?? []) visitAll(child);
  };
  visitAll(docJSON);
  return invalid;
}

import { NODE_NAMES, nodeLabel, type WorksheetJSON } from '@interlude/schema';

/** What an unnamed block is called, never its internal node name. */
const untitled: Record<string, string> = {
  [NODE_NAMES.prompt]: 'Untitled question',
  [NODE_NAMES.scale]: 'Untitled scale',
  [NODE_NAMES.goal]: 'Untitled goal',
  [NODE_NAMES.goalStep]: 'Untitled step',
  [NODE_NAMES.choice]: 'Untitled choice',
  [NODE_NAMES.checklist]: 'Untitled checklist',
  [NODE_NAMES.field]: 'Untitled field',
  [NODE_NAMES.entryGroup]: 'Untitled entries',
};

/** The name a person knows an answerable kind by when its label is empty. */
export function untitledName(kind: string): string {
  return untitled[kind] ?? 'Untitled question';
}

/** A block's own words (question, title, label), or what an unnamed one of its kind is called. */
export function blockName(node: WorksheetJSON): string {
  return nodeLabel(node).trim() || untitledName(node.type ?? '');
}

/** Whether a node is one of the worksheet's own blocks (a question, scale, goal, …), not plain text. */
export function isBlock(node: WorksheetJSON): boolean {
  return Object.values<string>(NODE_NAMES).includes(node.type ?? '');
}

/** Names of the worksheet's custom nodes: the `type` in ProseMirror JSON and the `data-type` in HTML. */
export const NODE_NAMES = {
  prompt: 'prompt',
  scale: 'scale',
  goal: 'goal',
  goalStep: 'goalStep',
  choice: 'choice',
  checklist: 'checklist',
  field: 'field',
  entryGroup: 'entryGroup',
  entry: 'entry',
} as const;

export type WorksheetNodeName = (typeof NODE_NAMES)[keyof typeof NODE_NAMES];

/** Content group of the nodes an entry may hold (`entry` content is `entryItem+`). */
export const ENTRY_ITEM_GROUP = 'entryItem';

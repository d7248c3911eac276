import { NODE_NAMES } from '../nodes/nodeNames.js';

/**
 * The response part of a worksheet, as data (decision record 0001, §3): attributes the client answers with,
 * and nodes whose whole content is the client's. Everything else is the template part.
 */
export const RESPONSE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  [NODE_NAMES.scale]: ['value'],
  [NODE_NAMES.goal]: ['progress'],
  [NODE_NAMES.goalStep]: ['checked'],
  [NODE_NAMES.choice]: ['value'],
  [NODE_NAMES.checklist]: ['checked'],
  [NODE_NAMES.field]: ['value'],
  [NODE_NAMES.entry]: ['date'],
};

/** Nodes whose content is all response: a prompt's answer, an entry group's entries. */
export const RESPONSE_CONTENT_NODES: ReadonlySet<string> = new Set([
  NODE_NAMES.prompt,
  NODE_NAMES.entryGroup,
]);

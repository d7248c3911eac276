import type { WorksheetJSON } from '../content/worksheetJSON.js';

/** One step of the worksheet model: turns content of version `from` into content of version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly description: string;
  /** Pure: returns new JSON, never changes its input. */
  readonly migrate: (content: WorksheetJSON) => WorksheetJSON;
}

/** Applies `change` to every node, children first, returning new JSON. */
export function mapNodes(node: WorksheetJSON, change: (node: WorksheetJSON) => WorksheetJSON): WorksheetJSON {
  const content = node.content?.map((child) => mapNodes(child, change));
  return change(content === undefined ? { ...node } : { ...node, content });
}

/** Renames attributes of one node type, keeping their values. */
export function renameAttributes(
  nodeType: string,
  renames: Readonly<Record<string, string>>,
): (node: WorksheetJSON) => WorksheetJSON {
  return (node) => {
    if (node.type !== nodeType || !node.attrs) return node;
    const attrs: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node.attrs)) attrs[renames[key] ?? key] = value;
    return { ...node, attrs };
  };
}

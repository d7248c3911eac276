/** How many nodes a parsed JSON tree has and how deep it goes, counted without recursion (a hostile file may nest 100,000 deep). */
export function measureTree(root: unknown): { nodes: number; depth: number } {
  let nodes = 0;
  let depth = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    nodes += 1;
    depth = Math.max(depth, level);
    const children = (node as { content?: unknown } | null)?.content;
    if (Array.isArray(children)) for (const child of children) stack.push([child, level + 1]);
  }
  return { nodes, depth };
}

/** Where a node sits, as a person counts: "block 3" for the third top-level block. */
export function blockPosition(path: readonly number[]): string {
  const [top, ...inner] = path;
  if (top === undefined) return 'the document';
  return inner.length === 0 ? `block ${top + 1}` : `inside block ${top + 1}`;
}

/** Text quoted in a message, cut to a length a person reads at a glance. */
export function shortened(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

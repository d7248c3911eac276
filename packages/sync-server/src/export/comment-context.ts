import { attributesOf, COMMENT_MARK, type CommentAnchor, type WorksheetJSON } from '@interlude/schema';
import type { ApiCommentContext } from '@interlude/schema/api';
import { blockName, isBlock } from './block-name.js';

const DETACHED: ApiCommentContext = { kind: 'detached', label: null, quote: null };

function findBlock(node: WorksheetJSON, nodeId: string): WorksheetJSON | null {
  if (isBlock(node) && attributesOf(node).id === nodeId) return node;
  for (const child of node.content ?? []) {
    const found = findBlock(child, nodeId);
    if (found) return found;
  }
  return null;
}

const carries = (node: WorksheetJSON, threadId: string) =>
  (node.marks ?? []).some((mark) => mark.type === COMMENT_MARK && mark.attrs?.threadId === threadId);

/**
 * The text carrying the thread's comment mark, one piece per text block (joined with a space), and the
 * innermost block (a question's answer, say) holding its first piece; null when no text carries it.
 */
function findMarkedText(root: WorksheetJSON, threadId: string) {
  const pieces: string[] = [];
  let owner: WorksheetJSON | null | undefined;
  const visit = (node: WorksheetJSON, block: WorksheetJSON | null) => {
    const inBlock = isBlock(node) ? node : block;
    let piece = '';
    for (const child of node.content ?? []) {
      if (child.type === 'text' && carries(child, threadId)) {
        piece += child.text ?? '';
        if (owner === undefined) owner = inBlock;
      } else if (child.type !== 'text') visit(child, inBlock);
    }
    if (piece) pieces.push(piece);
  };
  visit(root, null);
  return pieces.length === 0 ? null : { quote: pieces.join(' '), block: owner ?? null };
}

/** Where a thread sits in the worksheet's content (ProseMirror JSON), in words a person reads. */
export function commentContext(
  content: WorksheetJSON,
  threadId: string,
  anchor: CommentAnchor,
): ApiCommentContext {
  if (anchor.kind === 'node') {
    const block = findBlock(content, anchor.nodeId);
    return block ? { kind: 'node', label: blockName(block), quote: null } : DETACHED;
  }
  const marked = findMarkedText(content, threadId);
  if (!marked) return DETACHED;
  return { kind: 'text', label: marked.block ? blockName(marked.block) : null, quote: marked.quote };
}

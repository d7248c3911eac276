import { NODE_NAMES } from '@interlude/schema';
import type { NodeViewProps } from '@tiptap/core';
import { useCallback, useSyncExternalStore } from 'react';
import { isInsideEntry } from '../views/is-inside-entry.js';
import type { CommentsController } from './comments-controller.js';
import { COMMENTABLE_BLOCKS } from './thread-anchors.js';

const NOUN: Record<string, string> = {
  [NODE_NAMES.prompt]: 'question',
  [NODE_NAMES.scale]: 'rating',
  [NODE_NAMES.goal]: 'goal',
};

/** "count first-thread-id" of the open threads on one block: a string, so unrelated changes re-render nothing. */
function threadsOnBlock(comments: CommentsController, nodeId: string): string {
  const snapshot = comments.getSnapshot();
  const onBlock = snapshot.placed.filter(
    ({ thread, place }) =>
      place?.kind === 'node' &&
      place.nodeId === nodeId &&
      (snapshot.showResolved || !thread.start.resolvedAt),
  );
  return `${onBlock.length} ${onBlock[0]?.thread.start.id ?? ''}`;
}

/**
 * "Comment" at the foot of a question, rating or goal: begins a thread on the whole block. When the block has
 * threads, a second button says how many and chooses the first in the panel (the block's anchor, clickable).
 */
export function NodeCommentButton({ view }: { view: NodeViewProps }) {
  const comments = view.editor.storage.comment?.controller ?? null;
  const nodeId = typeof view.node.attrs.id === 'string' ? view.node.attrs.id : '';
  const commentable =
    comments !== null &&
    nodeId !== '' &&
    COMMENTABLE_BLOCKS.has(view.node.type.name) &&
    !isInsideEntry(view.editor, view.getPos());
  const subscribe = useCallback(
    (listener: () => void) => comments?.subscribe(listener) ?? (() => undefined),
    [comments],
  );
  const summary = useSyncExternalStore(subscribe, () =>
    commentable && comments ? threadsOnBlock(comments, nodeId) : '0 ',
  );
  if (!commentable || !comments) return null;
  const [countText = '0', firstThread = ''] = summary.split(' ');
  const count = Number(countText);
  const noun = NOUN[view.node.type.name] ?? 'block';
  if (!comments.canComment && count === 0) return null;
  return (
    <div className="interlude-node-comments" contentEditable={false}>
      {count > 0 ? (
        <button
          type="button"
          className="interlude-link-button interlude-node-comments__count"
          onClick={() => comments.select(firstThread, 'worksheet')}
        >
          {count === 1 ? `1 comment on this ${noun}` : `${count} comments on this ${noun}`}
        </button>
      ) : null}
      {comments.canComment ? (
        <button
          type="button"
          className="interlude-link-button interlude-node-comments__add"
          aria-label={`Comment on this ${noun}`}
          onClick={() => comments.beginNodeComment(nodeId)}
        >
          Comment
        </button>
      ) : null}
    </div>
  );
}

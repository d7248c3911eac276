import { COMMENT_MARK } from '@interlude/schema';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { type DraftRange, mapDraftRange } from './draft-range.js';

/** What the highlights need to know of a thread: whether it is resolved, and the block it is on, if any. */
export interface AnchorThreadState {
  resolved: boolean;
  nodeId: string | null;
}

/** A comment being written: the text it will anchor to (mapped through every edit meanwhile), or a block. */
/** `blockId`: the question, rating or goal around the text when it was chosen (null outside one). */
export type CommentDraftAnchor =
  | ({ kind: 'text'; blockId: string | null } & DraftRange)
  | { kind: 'node'; nodeId: string };

export interface CommentsPluginState {
  threads: ReadonlyMap<string, AnchorThreadState>;
  active: string | null;
  draft: CommentDraftAnchor | null;
  showResolved: boolean;
  decorations: DecorationSet;
}

export type CommentsPluginMeta = Partial<Omit<CommentsPluginState, 'decorations'>>;

export const commentsPluginKey = new PluginKey<CommentsPluginState>('worksheetComments');

export const ANCHOR_CLASS = 'interlude-comment-anchor';

export function commentsState(state: EditorState): CommentsPluginState | undefined {
  return commentsPluginKey.getState(state);
}

/** One highlighted stretch: inline over text, or a whole block (`node`). */
export interface CommentHighlight {
  kind: 'inline' | 'node';
  from: number;
  to: number;
  className: string;
}

/**
 * Highlights: each comment mark of a known thread (resolved ones only while they are shown), every block
 * with a thread on it, the active thread's anchor more strongly, and the anchor of a comment being written.
 * A mark whose thread has not arrived (or is not a valid record) is not highlighted: nothing to show for it.
 */
export function commentHighlights(
  doc: ProseMirrorNode,
  state: Omit<CommentsPluginState, 'decorations'>,
): CommentHighlight[] {
  const { threads, active, draft, showResolved } = state;
  const shown = (id: string) => {
    const thread = threads.get(id);
    return thread !== undefined && (showResolved || !thread.resolved);
  };
  const threadsByNode = new Map<string, string[]>();
  for (const [id, thread] of threads) {
    if (thread.nodeId && shown(id))
      threadsByNode.set(thread.nodeId, [...(threadsByNode.get(thread.nodeId) ?? []), id]);
  }
  const draftNode = draft?.kind === 'node' ? draft.nodeId : null;
  const highlights: CommentHighlight[] = [];
  doc.descendants((node, pos) => {
    if (node.isText) {
      const ids: string[] = [];
      for (const mark of node.marks) {
        const id = mark.type.name === COMMENT_MARK ? mark.attrs.threadId : null;
        if (typeof id === 'string' && shown(id)) ids.push(id);
      }
      if (ids.length > 0) {
        const classes = [ANCHOR_CLASS];
        if (ids.length > 1) classes.push(`${ANCHOR_CLASS}--overlap`);
        if (active && ids.includes(active)) classes.push(`${ANCHOR_CLASS}--active`);
        if (ids.every((id) => threads.get(id)?.resolved)) classes.push(`${ANCHOR_CLASS}--resolved`);
        highlights.push({ kind: 'inline', from: pos, to: pos + node.nodeSize, className: classes.join(' ') });
      }
      return false;
    }
    const id = typeof node.attrs.id === 'string' ? node.attrs.id : null;
    const onNode = id ? threadsByNode.get(id) : undefined;
    if (id && (onNode || draftNode === id)) {
      const classes = ['interlude-node--commented'];
      if ((active && onNode?.includes(active)) || draftNode === id)
        classes.push('interlude-node--comment-active');
      highlights.push({ kind: 'node', from: pos, to: pos + node.nodeSize, className: classes.join(' ') });
    }
    return true;
  });
  if (draft?.kind === 'text' && draft.to > draft.from) {
    const className = `${ANCHOR_CLASS} ${ANCHOR_CLASS}--draft`;
    highlights.push({ kind: 'inline', from: draft.from, to: draft.to, className });
  }
  return highlights;
}

function decorate(doc: ProseMirrorNode, state: Omit<CommentsPluginState, 'decorations'>): DecorationSet {
  return DecorationSet.create(
    doc,
    commentHighlights(doc, state).map(({ kind, from, to, className }) =>
      kind === 'node'
        ? Decoration.node(from, to, { class: className })
        : Decoration.inline(from, to, { class: className }),
    ),
  );
}

function mapDraft(
  draft: CommentDraftAnchor | null,
  tr: Transaction,
  state: EditorState,
): CommentDraftAnchor | null {
  if (draft?.kind !== 'text' || !tr.docChanged) return draft;
  return { ...draft, ...mapDraftRange(draft, tr, state) };
}

export interface CommentsPluginHooks {
  /** The threads and the show-resolved choice as they are when the editor is made. */
  initial: () => Pick<CommentsPluginState, 'threads' | 'showResolved'>;
  /** Told which thread's anchor was clicked (the innermost shown one under the pointer). */
  onAnchorClick: (threadId: string) => void;
  /** Called when the editor's view exists; returns what to do when it goes. */
  onViewReady: () => () => void;
}

/**
 * Keeps what the editor shows of comments: which threads exist and how they stand (pushed by the comments
 * controller as the store changes), the active thread, the comment being written, and the highlights.
 */
export function commentsPlugin(hooks: CommentsPluginHooks): Plugin<CommentsPluginState> {
  return new Plugin<CommentsPluginState>({
    key: commentsPluginKey,
    view: () => ({ destroy: hooks.onViewReady() }),
    state: {
      init: (_, { doc }) => {
        const initial = { ...hooks.initial(), active: null, draft: null };
        return { ...initial, decorations: decorate(doc, initial) };
      },
      apply(tr, previous, oldState) {
        const meta = tr.getMeta(commentsPluginKey) as CommentsPluginMeta | undefined;
        if (!meta && !tr.docChanged) return previous;
        const { decorations: _old, ...rest } = previous;
        const next = { ...rest, draft: mapDraft(rest.draft, tr, oldState), ...meta };
        return { ...next, decorations: decorate(tr.doc, next) };
      },
    },
    props: {
      decorations: (state) => commentsPluginKey.getState(state)?.decorations,
      handleClick(view, _pos, event) {
        const state = commentsPluginKey.getState(view.state);
        let element = event.target instanceof Element ? event.target : null;
        while (element && element !== view.dom) {
          const id = element.getAttribute('data-comment-thread');
          const thread = id ? state?.threads.get(id) : undefined;
          if (id && thread && (state?.showResolved || !thread.resolved)) {
            hooks.onAnchorClick(id);
            break;
          }
          element = element.parentElement;
        }
        // The click still places the caret as usual.
        return false;
      },
    },
  });
}

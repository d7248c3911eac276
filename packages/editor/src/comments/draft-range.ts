import type { EditorState, Transaction } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import type * as Y from 'yjs';

/** The text a comment being written will anchor to, kept in step with everybody's edits meanwhile. */
export interface DraftRange {
  from: number;
  to: number;
  /** The same range in Yjs terms (null without collaboration), which survives other people's edits. */
  relative: { from: unknown; to: unknown } | null;
}

interface SyncPluginState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } | null;
}

const syncOf = (state: EditorState) => {
  const sync = ySyncPluginKey.getState(state) as SyncPluginState | undefined;
  return sync?.binding ? { ...sync, mapping: sync.binding.mapping as never } : null;
};

export function draftRange(state: EditorState, from: number, to: number): DraftRange {
  const sync = syncOf(state);
  const relative = sync
    ? {
        from: absolutePositionToRelativePosition(from, sync.type, sync.mapping),
        to: absolutePositionToRelativePosition(to, sync.type, sync.mapping),
      }
    : null;
  return { from, to, relative };
}

/**
 * The range after `tr`. A local edit maps it; another person's edit arrives from Yjs as a replacement of the
 * whole document, which would collapse a mapped range, so then it is found again from its Yjs positions.
 */
export function mapDraftRange(range: DraftRange, tr: Transaction, state: EditorState): DraftRange {
  const sync = syncOf(state);
  if (range.relative && sync && tr.getMeta(ySyncPluginKey)) {
    const from = relativePositionToAbsolutePosition(sync.doc, sync.type, range.relative.from, sync.mapping);
    const to = relativePositionToAbsolutePosition(sync.doc, sync.type, range.relative.to, sync.mapping);
    if (from === null || to === null) return { ...range, from: 0, to: 0 };
    return { ...range, from, to: Math.max(from, to) };
  }
  // The edges do not grow with typing just outside them, like the mark the range becomes (not inclusive).
  return { ...range, from: tr.mapping.map(range.from, 1), to: tr.mapping.map(range.to, -1) };
}

import type { NodeViewRenderer, NodeViewRendererProps } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Decoration, DecorationSource } from '@tiptap/pm/view';
import {
  ReactNodeView,
  type ReactNodeViewProps,
  ReactNodeViewRenderer,
  type ReactNodeViewRendererOptions,
} from '@tiptap/react';
import type { ComponentType } from 'react';
import { BLOCK_ID_DATA_KEY } from './block-id.js';

/**
 * A worksheet block's React view, which only ever shows its own block (the node with its `id`).
 *
 * When a block is inserted or moved in front of another of the same type (often someone else's edit arriving
 * through Yjs), ProseMirror offers the existing view to whichever node now stands in its place. Taking it would
 * hand the view's DOM to another block: the control in focus, and what it keeps while someone types (a number
 * half written), would silently belong to the new block, and the person's next keys would answer the wrong
 * question. Refused, ProseMirror gives the new block a view of its own and keeps this one for its block.
 */
class OwnBlockNodeView extends ReactNodeView {
  constructor(
    component: ComponentType<ReactNodeViewProps>,
    props: NodeViewRendererProps,
    options: Partial<ReactNodeViewRendererOptions>,
  ) {
    super(component, props, options);
    // Lets focus find the block again when its view is rebuilt (see keep-focus-in-block.ts).
    const id = this.node.attrs.id;
    if (typeof id === 'string') this.dom.dataset[BLOCK_ID_DATA_KEY] = id;
  }

  override update(
    node: ProseMirrorNode,
    decorations: readonly Decoration[],
    innerDecorations: DecorationSource,
  ): boolean {
    if (node.attrs.id !== this.node.attrs.id) return false;
    return super.update(node, decorations, innerDecorations);
  }
}

/** `ReactNodeViewRenderer` for worksheet blocks, whose views stay with their own block (see above). */
export function ownBlockNodeViewRenderer(
  component: ComponentType<ReactNodeViewProps>,
  options: Partial<ReactNodeViewRendererOptions>,
): NodeViewRenderer {
  const stockRenderer = ReactNodeViewRenderer(component, options);
  return (props) => {
    // An editor that React does not show (no content component) gets the stock renderer's placeholder.
    const shownByReact = 'contentComponent' in props.editor && Boolean(props.editor.contentComponent);
    return shownByReact ? new OwnBlockNodeView(component, props, options) : stockRenderer(props);
  };
}

import type { NodeViewProps } from '@tiptap/core';
import { NodeViewWrapper } from '@tiptap/react';
import type { ReactNode } from 'react';
import { canConfigure } from './can-configure.js';

export interface NodeFrameProps {
  /** What the person calls this kind of block: "Question", "Rating scale". */
  kindLabel: string;
  view: NodeViewProps;
  children: ReactNode;
}

/**
 * The box around every worksheet block. In author mode it carries the block's kind and buttons to move it or
 * remove it (removing asks first when it holds answers: the role guard does that).
 */
export function NodeFrame({ kindLabel, view, children }: NodeFrameProps) {
  const configurable = canConfigure(view);
  const move = (direction: 'up' | 'down') => {
    const pos = view.getPos();
    if (pos !== undefined) view.editor.chain().focus().moveWorksheetNode(direction, pos).run();
  };
  return (
    <NodeViewWrapper
      className={`interlude-node interlude-node--${view.node.type.name}`}
      data-type={view.node.type.name}
      data-selected={view.selected ? 'true' : undefined}
    >
      {configurable ? (
        <div className="interlude-node__chrome" contentEditable={false}>
          <span className="interlude-node__kind" data-drag-handle="">
            {kindLabel}
          </span>
          <span className="interlude-node__actions">
            <button
              type="button"
              onClick={() => move('up')}
              aria-label={`Move ${kindLabel.toLowerCase()} up`}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => move('down')}
              aria-label={`Move ${kindLabel.toLowerCase()} down`}
            >
              ↓
            </button>
            <button
              type="button"
              onClick={() => view.deleteNode()}
              aria-label={`Remove ${kindLabel.toLowerCase()}`}
            >
              ✕
            </button>
          </span>
        </div>
      ) : null}
      {children}
    </NodeViewWrapper>
  );
}

import type { NodeViewProps } from '@tiptap/core';
import { NodeViewWrapper } from '@tiptap/react';
import { type ReactNode, useId, useState } from 'react';
import { NodeCommentButton } from '../comments/NodeCommentButton.js';
import { canConfigure } from './can-configure.js';
import { isMeasureLocked, MEASURE_LOCK_REASON } from './measure-lock.js';
import { removalRefusedMessage } from './removal-refused-message.js';

export interface NodeFrameProps {
  /** What the person calls this kind of block: "Question", "Rating scale". */
  kindLabel: string;
  view: NodeViewProps;
  children: ReactNode;
}

/**
 * The box around every worksheet block. In author mode it carries the block's kind and buttons to move it or
 * remove it. Removing asks first when it holds answers (the role guard does that); when the removal does not
 * happen, the reason and what to do are shown right beside the button. A scored measure's blocks cannot be
 * moved or removed, so they show why instead of the buttons.
 */
export function NodeFrame({ kindLabel, view, children }: NodeFrameProps) {
  const configurable = canConfigure(view);
  const locked = configurable && isMeasureLocked(view);
  const problemId = useId();
  const [removalProblem, setRemovalProblem] = useState<string | null>(null);
  const move = (direction: 'up' | 'down') => {
    setRemovalProblem(null);
    const pos = view.getPos();
    if (pos !== undefined) view.editor.chain().focus().moveWorksheetNode(direction, pos).run();
  };
  const remove = () => {
    const { editor } = view;
    const before = editor.state.doc;
    const guard = editor.storage.worksheetRoleGuard;
    if (guard) guard.lastRefusal = null;
    view.deleteNode();
    // An unchanged document means the guard refused the removal (or the therapist kept the answers).
    setRemovalProblem(editor.state.doc === before ? removalRefusedMessage(guard?.lastRefusal) : null);
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
          {locked ? (
            // The permission rules refuse any move or removal here; say so instead of offering dead buttons.
            <span className="interlude-node__locked">{MEASURE_LOCK_REASON}</span>
          ) : (
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
                onClick={remove}
                aria-label={`Remove ${kindLabel.toLowerCase()}`}
                aria-describedby={removalProblem ? problemId : undefined}
              >
                ✕
              </button>
            </span>
          )}
          {removalProblem ? (
            <p className="interlude-node__problem" id={problemId}>
              {removalProblem}
            </p>
          ) : null}
        </div>
      ) : null}
      {children}
      <NodeCommentButton view={view} />
    </NodeViewWrapper>
  );
}

import type { EntryAttributes } from '@interlude/schema';
import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useId } from 'react';
import { canAnswer } from '../../views/can-configure.js';

function entryHeading(view: NodeViewProps): string {
  const pos = view.getPos();
  if (pos === undefined) return 'Entry';
  const $pos = view.editor.state.doc.resolve(pos);
  const entryLabel = ($pos.parent.attrs.entryLabel as string | undefined) || 'Entry';
  return `${entryLabel} ${$pos.index() + 1}`;
}

export function EntryView(view: NodeViewProps) {
  const attributes = view.node.attrs as EntryAttributes;
  const dateId = useId();
  const headingId = useId();
  const heading = entryHeading(view);
  const answerable = canAnswer(view);
  return (
    <NodeViewWrapper className="interlude-entry" data-type="entry">
      <article aria-labelledby={headingId}>
        <header className="interlude-entry__header" contentEditable={false}>
          <p className="interlude-entry__heading" id={headingId}>
            {heading}
          </p>
          <label htmlFor={dateId}>Date</label>
          <input
            id={dateId}
            type="date"
            value={attributes.date ?? ''}
            disabled={!answerable}
            onChange={(event) => view.updateAttributes({ date: event.target.value || null })}
          />
          {answerable ? (
            <button type="button" aria-label={`Remove ${heading}`} onClick={() => view.deleteNode()}>
              Remove
            </button>
          ) : null}
        </header>
        <NodeViewContent className="interlude-entry__items" />
      </article>
    </NodeViewWrapper>
  );
}

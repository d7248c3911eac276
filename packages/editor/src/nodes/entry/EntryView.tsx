import type { EntryAttributes, EntryGroupAttributes } from '@interlude/schema';
import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useId } from 'react';
import { canAnswer } from '../../views/can-configure.js';
import { hasDateField } from './has-date-field.js';

/** The entry's heading ("Day 2") and whether its own date is worth showing, from its group. */
function entryContext(view: NodeViewProps): { heading: string; showDate: boolean } {
  const pos = view.getPos();
  if (pos === undefined) return { heading: 'Entry', showDate: true };
  const $pos = view.editor.state.doc.resolve(pos);
  const group = $pos.parent.attrs as Partial<EntryGroupAttributes>;
  return {
    heading: `${group.entryLabel || 'Entry'} ${$pos.index() + 1}`,
    showDate: !hasDateField(group.fields),
  };
}

export function EntryView(view: NodeViewProps) {
  const attributes = view.node.attrs as EntryAttributes;
  const dateId = useId();
  const headingId = useId();
  const { heading, showDate } = entryContext(view);
  const answerable = canAnswer(view);
  return (
    <NodeViewWrapper className="interlude-entry" data-type="entry">
      <article aria-labelledby={headingId}>
        <header className="interlude-entry__header" contentEditable={false}>
          <p className="interlude-entry__heading" id={headingId}>
            {heading}
          </p>
          {showDate ? (
            <>
              <label htmlFor={dateId}>Date</label>
              <input
                id={dateId}
                type="date"
                value={attributes.date ?? ''}
                disabled={!answerable}
                onChange={(event) => view.updateAttributes({ date: event.target.value || null })}
              />
            </>
          ) : null}
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

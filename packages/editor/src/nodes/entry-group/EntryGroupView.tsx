import type { EntryGroupAttributes } from '@interlude/schema';
import { NodeViewContent, type NodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import { canAnswer, canConfigure } from '../../views/can-configure.js';
import { NodeFrame } from '../../views/NodeFrame.js';
import { EntryGroupSettings } from './EntryGroupSettings.js';
import { focusLastEntry } from './focus-last-entry.js';

export function EntryGroupView(view: NodeViewProps) {
  const attributes = view.node.attrs as EntryGroupAttributes;
  const labelId = useId();
  const entryLabel = attributes.entryLabel || 'entry';
  return (
    <NodeFrame kindLabel="Log" view={view}>
      <div className="interlude-entry-group__header" contentEditable={false}>
        <p className="interlude-entry-group__label" id={labelId}>
          {attributes.label || <span className="interlude-placeholder">Untitled diary</span>}
        </p>
        {canConfigure(view) ? (
          <EntryGroupSettings attributes={attributes} update={view.updateAttributes} />
        ) : null}
      </div>
      <fieldset className="interlude-entry-group__body" aria-labelledby={labelId}>
        {view.node.childCount === 0 ? (
          <p className="interlude-entry-group__empty" contentEditable={false}>
            No {entryLabel.toLowerCase()} yet.
          </p>
        ) : null}
        <NodeViewContent className="interlude-entry-group__entries" />
      </fieldset>
      {canAnswer(view) && attributes.id ? (
        <div contentEditable={false}>
          <button
            type="button"
            className="interlude-primary-button"
            disabled={attributes.fields.length === 0}
            onClick={(event) => {
              const groupId = attributes.id;
              if (!groupId || !view.editor.commands.addEntry(groupId)) return;
              // A click from Enter or Space has no pointer detail: take the keyboard into the new entry.
              if (event.detail === 0) focusLastEntry(view.editor, groupId);
            }}
          >
            Add {entryLabel.toLowerCase()}
          </button>
        </div>
      ) : null}
    </NodeFrame>
  );
}

import type { Editor } from '@tiptap/core';
import { type KeyboardEvent, useId, useRef, useState } from 'react';
import { WORKSHEET_NODE_KINDS } from '../node-kinds/worksheet-node-kinds.js';

/**
 * The toolbar's block kinds folded behind one "Insert block…" button, for phones: seven "+ kind" buttons in a
 * row were far wider than the screen and hid Undo, Redo and the move buttons off to the side. A disclosure
 * (not an ARIA menu) so Tab and Enter work as everywhere else; the list follows the button in the DOM, so
 * Tab goes straight into it, and Escape closes it and returns to the button.
 */
export function InsertBlockMenu({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };
  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="interlude-toolbar__insert-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
        onKeyDown={open ? closeOnEscape : undefined}
      >
        Insert block…
      </button>
      {open ? (
        <ul
          id={listId}
          className="interlude-toolbar__insert-list"
          aria-label="Blocks to insert"
          onKeyDown={closeOnEscape}
        >
          {WORKSHEET_NODE_KINDS.map((kind) => (
            <li key={kind.key}>
              <button
                type="button"
                onClick={() => {
                  setOpen(false);
                  // Inserting focuses the editor, where the new block is: the person goes on from there.
                  editor.chain().focus().insertWorksheetNode(kind.key).run();
                }}
              >
                <span className="interlude-toolbar__insert-label">{kind.label}</span>
                <span className="interlude-toolbar__insert-description">{kind.description}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

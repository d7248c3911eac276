import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { matchingNodeKinds } from '../node-kinds/worksheet-node-kinds.js';
import { slashMenuOf, slashMenuOptionId } from './slash-menu.js';

function caretCoordinates(editor: Editor, pos: number): { left: number; bottom: number } | null {
  try {
    return editor.view.coordsAtPos(pos);
  } catch {
    // Layout is unavailable (a detached or headless view): show the menu without a position.
    return null;
  }
}

/** The list of block kinds under the "/" the therapist typed. */
export function SlashMenuPopup({ editor }: { editor: Editor }) {
  const menu = useEditorState({ editor, selector: ({ editor: current }) => slashMenuOf(current.state) });
  const listId = editor.storage.slashMenu.listboxId;
  if (!menu) return null;
  const kinds = matchingNodeKinds(menu.query);
  const coordinates = caretCoordinates(editor, menu.from);
  const style = coordinates
    ? { position: 'fixed' as const, left: coordinates.left, top: coordinates.bottom + 4 }
    : undefined;
  return (
    <div className="interlude-slash-menu" style={style}>
      {kinds.length === 0 ? (
        <p className="interlude-slash-menu__empty">No block matches “{menu.query}”</p>
      ) : (
        <div id={listId} role="listbox" aria-label="Insert a block">
          {kinds.map((kind, index) => (
            <div
              key={kind.key}
              id={slashMenuOptionId(listId, kind.key)}
              role="option"
              tabIndex={-1}
              aria-selected={index === menu.highlighted}
              className="interlude-slash-menu__item"
              // Keep the editor focused: the choice is made on mousedown, before focus would move.
              onMouseDown={(event) => {
                event.preventDefault();
                editor.commands.chooseSlashMenuItem(index);
              }}
            >
              <span className="interlude-slash-menu__label">{kind.label}</span>
              <span className="interlude-slash-menu__description">{kind.description}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

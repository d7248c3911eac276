import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { worksheetModeOf } from '../mode/worksheet-mode.js';
import { WORKSHEET_NODE_KINDS } from '../node-kinds/worksheet-node-kinds.js';
import { InsertBlockMenu } from './InsertBlockMenu.js';

export interface WorksheetToolbarProps {
  editor: Editor;
}

/**
 * Undo/redo for everyone; in author mode also the blocks to insert and moving the current block. The mode is
 * the editor's own: while a new editor for another mode is being made, the toolbar still matches the old one.
 */
export function WorksheetToolbar({ editor }: WorksheetToolbarProps) {
  const mode = worksheetModeOf(editor).mode;
  const can = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (current.isDestroyed) return { undo: false, redo: false, moveUp: false, moveDown: false };
      const authoring = worksheetModeOf(current).mode === 'author';
      return {
        undo: current.can().undo(),
        redo: current.can().redo(),
        moveUp: authoring && current.can().moveWorksheetNode('up'),
        moveDown: authoring && current.can().moveWorksheetNode('down'),
      };
    },
  });
  return (
    <div className="interlude-toolbar" role="toolbar" aria-label="Worksheet tools">
      <button type="button" disabled={!can.undo} onClick={() => editor.chain().focus().undo().run()}>
        Undo
      </button>
      <button type="button" disabled={!can.redo} onClick={() => editor.chain().focus().redo().run()}>
        Redo
      </button>
      {mode === 'author' ? (
        <>
          <span className="interlude-toolbar__separator" aria-hidden="true" />
          {/* Wide screens show every kind; phones fold them into one button (styles.css switches at 640px). */}
          <div className="interlude-toolbar__kinds">
            {WORKSHEET_NODE_KINDS.map((kind) => (
              <button
                key={kind.key}
                type="button"
                title={kind.description}
                onClick={() => editor.chain().focus().insertWorksheetNode(kind.key).run()}
              >
                + {kind.label}
              </button>
            ))}
          </div>
          <div className="interlude-toolbar__insert">
            <InsertBlockMenu editor={editor} />
          </div>
          <span className="interlude-toolbar__separator" aria-hidden="true" />
          <button
            type="button"
            title="Move the block with the cursor up (Alt+↑)"
            disabled={!can.moveUp}
            onClick={() => editor.chain().focus().moveWorksheetNode('up').run()}
          >
            <span aria-hidden="true">↑ </span>Move block up
          </button>
          <button
            type="button"
            title="Move the block with the cursor down (Alt+↓)"
            disabled={!can.moveDown}
            onClick={() => editor.chain().focus().moveWorksheetNode('down').run()}
          >
            <span aria-hidden="true">↓ </span>Move block down
          </button>
        </>
      ) : null}
    </div>
  );
}

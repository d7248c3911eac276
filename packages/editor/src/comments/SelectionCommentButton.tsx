import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useLayoutEffect, useRef, useState } from 'react';
import { commentShortcutAria, commentShortcutLabel } from './comment-shortcut.js';
import type { CommentsController } from './comments-controller.js';
import { selectionButtonPosition } from './selection-button-position.js';

/** Where the button goes, relative to the worksheet box; null where there is no layout (headless). */
function buttonPlace(editor: Editor, pos: number, box: Element | null): { top: number; left: number } | null {
  try {
    const end = editor.view.coordsAtPos(pos);
    const frame = box?.getBoundingClientRect();
    const toolbar = box?.querySelector(':scope > .interlude-toolbar')?.getBoundingClientRect() ?? null;
    return frame ? selectionButtonPosition(end, frame, toolbar) : null;
  } catch {
    return null;
  }
}

/**
 * A "Comment" button just under selected text, while the worksheet has focus (or the button itself does).
 * Pressing it keeps the selection (no focus change on mousedown) and begins the comment in the panel.
 */
export function SelectionCommentButton({
  editor,
  comments,
}: {
  editor: Editor;
  comments: CommentsController;
}) {
  const selectedTo = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      !current.isDestroyed && comments.canCommentOnSelection() ? current.state.selection.to : null,
  });
  const focused = useEditorState({
    editor,
    selector: ({ editor: current }) => !current.isDestroyed && current.isFocused,
  });
  const [buttonFocused, setButtonFocused] = useState(false);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const shown = selectedTo !== null && (focused || buttonFocused);

  useLayoutEffect(() => {
    if (!shown || selectedTo === null) return;
    setPosition(buttonPlace(editor, selectedTo, button.current?.offsetParent ?? null));
  }, [shown, selectedTo, editor]);

  if (!shown) return null;
  return (
    <button
      ref={button}
      type="button"
      className="interlude-comment-selection"
      style={position ? { top: position.top, left: position.left } : undefined}
      aria-keyshortcuts={commentShortcutAria()}
      title={`Comment on the selected text (${commentShortcutLabel()})`}
      onMouseDown={(event) => event.preventDefault()}
      onFocus={() => setButtonFocused(true)}
      onBlur={() => setButtonFocused(false)}
      onClick={() => {
        setButtonFocused(false);
        comments.beginTextComment();
      }}
    >
      Comment
    </button>
  );
}

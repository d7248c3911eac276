import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

/**
 * Input as ProseMirror receives it from a browser, for jsdom where real key presses and clipboard events do
 * not reach ProseMirror. Each goes through the same props and default behaviour as the real event.
 */

/** A key press through every `handleKeyDown` prop (keymaps included), as the view does for a keydown. */
export function pressKey(
  editor: Editor,
  key: string,
  modifiers: { shift?: boolean; mod?: boolean; alt?: boolean } = {},
) {
  const event = new KeyboardEvent('keydown', {
    key,
    shiftKey: modifiers.shift ?? false,
    ctrlKey: modifiers.mod ?? false,
    altKey: modifiers.alt ?? false,
    bubbles: true,
    cancelable: true,
  });
  return editor.view.someProp('handleKeyDown', (handler) => handler(editor.view, event)) ?? false;
}

/** Typing text: `handleTextInput` props first, then ProseMirror's default of replacing the selection. */
export function typeText(editor: Editor, text: string): void {
  const { view } = editor;
  const { from, to } = view.state.selection;
  const handled = view.someProp('handleTextInput', (handler) =>
    handler(view, from, to, text, () => view.state.tr.insertText(text, from, to)),
  );
  if (!handled)
    view.dispatch(view.state.tr.insertText(text, from, to).scrollIntoView().setMeta('uiEvent', 'input'));
}

/** Cutting: the selection goes to the clipboard and is deleted, as ProseMirror's cut handler does. */
export function cut(editor: Editor): void {
  const { view } = editor;
  view.dispatch(view.state.tr.deleteSelection().scrollIntoView().setMeta('uiEvent', 'cut'));
}

/**
 * Dropping `slice` dragged from the current selection at `pos` (a move), built the way ProseMirror's drop
 * handler builds it: delete the dragged range, insert at the mapped drop position.
 */
export function dragSelectionTo(editor: Editor, pos: number): void {
  const { view } = editor;
  const slice = view.state.selection.content();
  const tr = view.state.tr.deleteSelection();
  const insertAt = tr.mapping.map(pos);
  tr.replaceRange(insertAt, insertAt, slice).setMeta('uiEvent', 'drop');
  view.dispatch(tr);
}

/** Position of the first text position inside the node with this id (start of a prompt's answer). */
export function answerStart(doc: ProseMirrorNode, id: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.attrs.id === id) found = pos + 2; // into the node, into its first paragraph
    return found < 0;
  });
  if (found < 0) throw new Error(`no node with id ${id}`);
  return found;
}

/** Position at the end of the text of the last paragraph inside the node with this id. */
export function answerEnd(doc: ProseMirrorNode, id: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.attrs.id === id) found = pos + node.nodeSize - 2;
    return found < 0;
  });
  if (found < 0) throw new Error(`no node with id ${id}`);
  return found;
}

export function placeCursor(editor: Editor, pos: number): void {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, pos)));
}

export function selectRange(editor: Editor, from: number, to: number): void {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)));
}

/** Selects the node with this id as a whole (a click on an atom). */
export function selectNodeById(editor: Editor, id: string): void {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found < 0 && node.attrs.id === id) found = pos;
    return found < 0;
  });
  editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, found)));
}

/** Position of the start of the text that equals `text` in a text node. */
export function positionOfText(doc: ProseMirrorNode, text: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isText && node.text?.includes(text)) found = pos + node.text.indexOf(text);
    return found < 0;
  });
  if (found < 0) throw new Error(`no text ${text}`);
  return found;
}

// jsdom has no ClipboardEvent; ProseMirror only hands the event on to `handlePaste` props.
function pasteEvent(): ClipboardEvent {
  return new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent;
}

/** Pasting HTML through ProseMirror's paste logic (parsing, `handlePaste` props, replacing the selection). */
export function pasteHTML(editor: Editor, html: string): void {
  editor.view.pasteHTML(html, pasteEvent());
}

/** Pasting plain text through ProseMirror's paste logic. */
export function pasteText(editor: Editor, text: string): void {
  editor.view.pasteText(text, pasteEvent());
}

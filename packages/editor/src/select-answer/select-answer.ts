import { Extension } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { answerRangeAround } from './answer-range.js';

/**
 * Mod-a in respond mode selects the answer the cursor is in, as it would in a text box. Selecting the whole
 * worksheet would only leave a selection the client may not type over, which looks like a frozen editor.
 * Pressed again it keeps the answer selected; outside an answer it selects everything as usual (to copy).
 */
export const SelectAnswer = Extension.create({
  name: 'selectAnswer',
  // Before the core keymap, whose Mod-a selects the whole document.
  priority: 1000,

  addKeyboardShortcuts() {
    return {
      'Mod-a': ({ editor }) => {
        const { state } = editor;
        const range = answerRangeAround(state.doc.resolve(caretAsTheBrowserShowsIt(editor.view)));
        if (!range) return false;
        // The first and last text positions of the answer (its edges sit between blocks).
        const first = Selection.findFrom(state.doc.resolve(range.from), 1, true);
        const last = Selection.findFrom(state.doc.resolve(range.to), -1, true);
        if (!first || !last || first.from < range.from || last.to > range.to) return true;
        const selection = TextSelection.create(state.doc, first.from, last.to);
        if (!selection.eq(state.selection)) editor.view.dispatch(state.tr.setSelection(selection));
        return true;
      },
    };
  },
});

/**
 * Where the caret is on screen. Right after a click the browser has moved its selection but ProseMirror may
 * not have read it yet; choosing the answer from its older selection would select (and let the next keys
 * replace) the answer the person was in before, not the one they just clicked.
 */
function caretAsTheBrowserShowsIt(view: EditorView): number {
  const domSelection = view.dom.ownerDocument.getSelection();
  const focusNode = domSelection?.focusNode;
  if (domSelection && focusNode && view.dom.contains(focusNode)) {
    try {
      return view.posAtDOM(focusNode, domSelection.focusOffset);
    } catch {
      // A node outside ProseMirror's content (a node view's own controls): fall back to the editor's selection.
    }
  }
  return view.state.selection.head;
}

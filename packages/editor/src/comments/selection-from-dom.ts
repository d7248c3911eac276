import { TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * ProseMirror hears of a selection made with the keyboard through `selectionchange`, which the browser fires
 * later as its own task. A shortcut pressed right after Shift+arrows can run before it, with the editor still
 * holding the caret the person already extended. When the page shows selected text and the editor holds an
 * empty selection, the page's selection is taken first, so the shortcut acts on what the person sees.
 */
export function takeSelectionFromPage(view: EditorView): void {
  if (!view.state.selection.empty) return;
  const selection = view.dom.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return;
  let anchor: number;
  let head: number;
  try {
    anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    head = view.posAtDOM(selection.focusNode, selection.focusOffset);
  } catch {
    // A node the editor does not describe (inside a block's own view): leave the editor's selection as it is.
    return;
  }
  if (anchor === head) return;
  const { doc } = view.state;
  view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(anchor), doc.resolve(head))));
}

import { Selection } from '@tiptap/pm/state';
import type { NodeViewProps } from '@tiptap/react';
import type { MouseEvent } from 'react';

/**
 * A press on a question's wording, its guidance or the empty part of its answer box puts the caret at the end
 * of that answer, as a label focuses its field. Without this the press lands on no editable text, the editor
 * keeps its previous selection, and what the person types next goes into the answer they were in before.
 * Presses on the answer's own text are left to ProseMirror.
 */
export function placeCaretInAnswerOnPress(view: NodeViewProps) {
  return (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    const target = event.target as Element;
    if (
      pressesAnswerText(target, event.currentTarget) ||
      target.closest('input, button, select, textarea, summary')
    ) {
      return;
    }
    const start = view.getPos();
    if (typeof start !== 'number') return;
    event.preventDefault();
    const { state } = view.editor;
    const endOfAnswer = state.doc.resolve(start + view.node.nodeSize - 1);
    view.editor.view.dispatch(state.tr.setSelection(Selection.near(endOfAnswer, -1)).scrollIntoView());
    view.editor.view.focus();
  };
}

/** True when the press is on the answer's rendered content (a paragraph, list…), where ProseMirror places the caret. */
function pressesAnswerText(target: Element, prompt: Element): boolean {
  const contentRoot = prompt.querySelector('[data-node-view-content]');
  if (!contentRoot) return false;
  const block = target.closest('[data-node-view-content] > *, [data-node-view-content] > * *');
  return block !== null && contentRoot.contains(block) && block !== contentRoot;
}

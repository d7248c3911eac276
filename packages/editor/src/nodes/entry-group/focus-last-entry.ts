import { NODE_NAMES } from '@interlude/schema';
import type { Editor } from '@tiptap/core';
import { findNodeById } from '../../commands/find-node-by-id.js';

// The controls a person answers with; the entry's header (date, remove) is not among them.
const ANSWER_CONTROLS = ['input', 'select', 'textarea', '[role="slider"][tabindex="0"]']
  .map((control) => `.interlude-entry__items ${control}:not([disabled])`)
  .join(', ');

/**
 * Moves focus into the first field of the group's last entry (the one just added), so a keyboard user can
 * start answering. A question's answer is text in the editor, so the cursor goes there; any other field is a
 * control in a node view that React renders after the transaction, so focus waits for it to appear.
 */
export function focusLastEntry(editor: Editor, groupId: string): void {
  const group = findNodeById(editor.state.doc, groupId);
  const entry = group?.node.lastChild;
  if (!group || !entry) return;
  const entryPos = group.pos + group.node.nodeSize - 1 - entry.nodeSize;
  const firstItem = entry.firstChild;
  if (firstItem?.type.name === NODE_NAMES.prompt) {
    // Inside the entry, the prompt, and its first paragraph.
    editor
      .chain()
      .focus(entryPos + 3)
      .run();
    return;
  }
  const entryElement = editor.view.nodeDOM(entryPos);
  if (!(entryElement instanceof HTMLElement)) return;
  const focusControl = (): boolean => {
    const control = entryElement.querySelector<HTMLElement>(ANSWER_CONTROLS);
    control?.focus();
    return control !== null;
  };
  if (focusControl()) return;
  const observer = new MutationObserver(() => {
    if (focusControl()) observer.disconnect();
  });
  observer.observe(entryElement, { childList: true, subtree: true });
  // Stop waiting if the entry goes away first (removed by someone else, or the editor rebuilt).
  editor.once('destroy', () => observer.disconnect());
}

import type { DecorationAttrs } from '@tiptap/pm/view';

interface CaretUser {
  name?: unknown;
  color?: unknown;
}

function userName(user: CaretUser): string {
  return typeof user.name === 'string' && user.name.trim() !== '' ? user.name : 'Someone';
}

function userColor(user: CaretUser): string {
  return typeof user.color === 'string' ? user.color : '#5b6472';
}

/** Another person's caret: a thin bar in their colour with their name above it. */
export function renderCaret(user: CaretUser): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'interlude-caret';
  caret.style.borderColor = userColor(user);
  // Kept out of what screen readers read aloud in the middle of text: the presence list names who is here.
  caret.setAttribute('aria-hidden', 'true');
  caret.setAttribute('contenteditable', 'false');

  const label = document.createElement('span');
  label.className = 'interlude-caret__label';
  label.style.backgroundColor = userColor(user);
  label.textContent = userName(user);
  caret.append(label);
  return caret;
}

/** Another person's selection: their colour, faint, with their name as a tooltip. */
export function renderSelection(user: CaretUser): DecorationAttrs {
  return {
    class: 'interlude-remote-selection',
    style: `background-color: ${userColor(user)}33`,
    title: userName(user),
  };
}

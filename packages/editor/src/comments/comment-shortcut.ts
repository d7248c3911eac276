/** The shortcut that begins a comment on the selected text, as Tiptap names it. */
export const COMMENT_SHORTCUT = 'Mod-Alt-m';

const onMac = () => /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

/** The shortcut in the words of this device's keyboard. */
export function commentShortcutLabel(): string {
  return onMac() ? '⌘⌥M' : 'Ctrl+Alt+M';
}

/** The shortcut for `aria-keyshortcuts`. */
export function commentShortcutAria(): string {
  return onMac() ? 'Meta+Alt+M' : 'Control+Alt+M';
}

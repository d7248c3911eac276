import type { EditorState } from '@tiptap/pm/state';

/** Where the "/query" sits and which item is highlighted; `null` when the menu is closed. */
export interface SlashMenuState {
  from: number;
  to: number;
  query: string;
  highlighted: number;
}

export type SlashMenuAction = { kind: 'highlight'; index: number } | { kind: 'dismiss' };

// "/" typed at the start of a line, followed by the word being typed.
const SLASH_QUERY = /^\/([^\s/]{0,30})$/;

/**
 * The "/query" before the cursor in an otherwise empty top-level line (blocks are inserted between the
 * worksheet's top-level blocks, not inside answers), or null.
 */
export function findSlashQuery(state: EditorState): Omit<SlashMenuState, 'highlighted'> | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const { $from } = selection;
  if ($from.depth !== 1 || $from.parent.type.name !== 'paragraph') return null;
  if ($from.parentOffset !== $from.parent.content.size) return null;
  const match = SLASH_QUERY.exec($from.parent.textContent);
  if (!match) return null;
  return { from: $from.start(), to: $from.pos, query: match[1] ?? '' };
}

/** The next menu state: follows the typed query, keeps the highlight while the query stays the same. */
export function nextSlashMenuState(
  previous: SlashMenuState | null,
  dismissedFrom: number | null,
  found: Omit<SlashMenuState, 'highlighted'> | null,
  action: SlashMenuAction | undefined,
): SlashMenuState | null {
  if (!found || action?.kind === 'dismiss' || dismissedFrom === found.from) return null;
  if (action?.kind === 'highlight') return { ...found, highlighted: action.index };
  const sameQuery = previous !== null && previous.from === found.from && previous.query === found.query;
  return { ...found, highlighted: sameQuery ? previous.highlighted : 0 };
}

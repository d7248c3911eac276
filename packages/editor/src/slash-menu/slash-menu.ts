import { createNodeId } from '@interlude/schema';
import { Extension } from '@tiptap/core';
import { type EditorState, Plugin, PluginKey } from '@tiptap/pm/state';
import { matchingNodeKinds } from '../node-kinds/worksheet-node-kinds.js';
import {
  findSlashQuery,
  nextSlashMenuState,
  type SlashMenuAction,
  type SlashMenuState,
} from './slash-menu-state.js';

interface SlashPluginState {
  menu: SlashMenuState | null;
  // The line where Escape closed the menu: it stays closed there until the "/" is gone.
  dismissedFrom: number | null;
}

export const slashMenuPluginKey = new PluginKey<SlashPluginState>('worksheetSlashMenu');

export interface SlashMenuStorage {
  /** Id of this editor's listbox, unique on the page, for `aria-controls` and `aria-activedescendant`. */
  listboxId: string;
}

/** Id of the menu item for a kind, inside the listbox `listboxId`. */
export function slashMenuOptionId(listboxId: string, kindKey: string): string {
  return `${listboxId}-${kindKey}`;
}

declare module '@tiptap/core' {
  interface Storage {
    slashMenu: SlashMenuStorage;
  }

  interface Commands<ReturnType> {
    slashMenu: {
      /** Inserts the menu's item at `index` (default: the highlighted one) in place of the "/query". */
      chooseSlashMenuItem: (index?: number) => ReturnType;
      /** Moves the highlight to the item at `index` (wrapping around). */
      highlightSlashMenuItem: (index: number) => ReturnType;
      /** Closes the menu, leaving the typed text as it is. */
      dismissSlashMenu: () => ReturnType;
    };
  }
}

/** The open slash menu of an editor state, or null. */
export function slashMenuOf(state: EditorState): SlashMenuState | null {
  return slashMenuPluginKey.getState(state)?.menu ?? null;
}

/** "/" on an empty line opens a menu of block kinds; ↑/↓ pick, Enter inserts, Escape closes. */
export const SlashMenu = Extension.create({
  name: 'slashMenu',

  // Ahead of Enter and the arrows of the other extensions while the menu is open (they fall through otherwise).
  priority: 500,

  addStorage() {
    return { listboxId: `interlude-slash-menu-${createNodeId()}` };
  },

  addCommands() {
    return {
      chooseSlashMenuItem:
        (index) =>
        ({ state, commands }) => {
          const menu = slashMenuOf(state);
          if (!menu) return false;
          const kind = matchingNodeKinds(menu.query)[index ?? menu.highlighted];
          if (!kind) return false;
          return commands.insertWorksheetNode(kind.key, { from: menu.from - 1, to: menu.to + 1 });
        },
      highlightSlashMenuItem:
        (index) =>
        ({ state, tr, dispatch }) => {
          const menu = slashMenuOf(state);
          if (!menu) return false;
          const count = matchingNodeKinds(menu.query).length;
          if (count === 0) return false;
          const action: SlashMenuAction = { kind: 'highlight', index: ((index % count) + count) % count };
          if (dispatch) tr.setMeta(slashMenuPluginKey, action);
          return true;
        },
      dismissSlashMenu:
        () =>
        ({ state, tr, dispatch }) => {
          if (!slashMenuOf(state)) return false;
          if (dispatch) tr.setMeta(slashMenuPluginKey, { kind: 'dismiss' } satisfies SlashMenuAction);
          return true;
        },
    };
  },

  addKeyboardShortcuts() {
    const highlighted = () => slashMenuOf(this.editor.state)?.highlighted ?? 0;
    return {
      ArrowDown: () => this.editor.commands.highlightSlashMenuItem(highlighted() + 1),
      ArrowUp: () => this.editor.commands.highlightSlashMenuItem(highlighted() - 1),
      Enter: () => this.editor.commands.chooseSlashMenuItem(),
      Escape: () => this.editor.commands.dismissSlashMenu(),
    };
  },

  addProseMirrorPlugins() {
    const { listboxId } = this.storage;
    return [
      new Plugin<SlashPluginState>({
        key: slashMenuPluginKey,
        props: {
          // While the menu is open the editor says so, and which item is highlighted (ARIA combobox pattern).
          attributes: (state): Record<string, string> => {
            const menu = slashMenuOf(state);
            if (!menu) return {};
            const highlighted = matchingNodeKinds(menu.query)[menu.highlighted];
            return {
              'aria-haspopup': 'listbox',
              'aria-expanded': 'true',
              'aria-controls': listboxId,
              ...(highlighted
                ? { 'aria-activedescendant': slashMenuOptionId(listboxId, highlighted.key) }
                : {}),
            };
          },
        },
        state: {
          init: (_, state) => ({
            menu: nextSlashMenuState(null, null, findSlashQuery(state), undefined),
            dismissedFrom: null,
          }),
          apply: (tr, previous, _oldState, newState) => {
            const action = tr.getMeta(slashMenuPluginKey) as SlashMenuAction | undefined;
            const found = findSlashQuery(newState);
            const dismissedFrom =
              action?.kind === 'dismiss' && previous.menu
                ? previous.menu.from
                : found
                  ? previous.dismissedFrom
                  : null;
            return { menu: nextSlashMenuState(previous.menu, dismissedFrom, found, action), dismissedFrom };
          },
        },
      }),
    ];
  },
});

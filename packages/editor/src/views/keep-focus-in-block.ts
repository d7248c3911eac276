import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { findNodeById } from '../commands/find-node-by-id.js';
import { BLOCK_ID_DATA_KEY, BLOCK_VIEW_SELECTOR } from './block-id.js';

// What a person can put focus on inside a block view (the custom slider included).
const CONTROL = 'input, button, select, textarea, summary, [role="slider"]';
const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email']);

/** A focused control, remembered by what survives its DOM: its block's id and its place among the block's controls. */
interface FocusedControl {
  element: HTMLElement;
  blockId: string;
  index: number;
}

/** The block's own controls, in document order; those of blocks nested inside it (a goal's steps) are theirs. */
function controlsOf(block: Element): HTMLElement[] {
  return Array.from(block.querySelectorAll<HTMLElement>(CONTROL)).filter(
    (control) => control.closest(BLOCK_VIEW_SELECTOR) === block,
  );
}

function describe(element: EventTarget | null): FocusedControl | null {
  if (!(element instanceof HTMLElement)) return null;
  const block = element.closest<HTMLElement>(BLOCK_VIEW_SELECTOR);
  const blockId = block?.dataset[BLOCK_ID_DATA_KEY];
  if (!block || !blockId) return null;
  const index = controlsOf(block).indexOf(element);
  return index < 0 ? null : { element, blockId, index };
}

function findControl(view: EditorView, lost: FocusedControl): HTMLElement | undefined {
  const block = Array.from(view.dom.querySelectorAll<HTMLElement>(BLOCK_VIEW_SELECTOR)).find(
    (candidate) => candidate.dataset[BLOCK_ID_DATA_KEY] === lost.blockId,
  );
  return block ? controlsOf(block)[lost.index] : undefined;
}

function focusAtEnd(control: HTMLElement): void {
  control.focus({ preventScroll: true });
  if (
    control instanceof HTMLTextAreaElement ||
    (control instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(control.type))
  ) {
    control.setSelectionRange(control.value.length, control.value.length);
  }
}

/**
 * Keeps a person's focus in the control they were using when someone else's edit makes ProseMirror rebuild
 * that block's view (a block moved in front of it, or the block itself moved): without this, focus falls to
 * the page and their next keys go nowhere. The rebuilt view renders a moment later (React), so the control is
 * looked for again as the block's DOM fills in. Focus the person moved away themselves is left alone.
 */
export const KeepFocusInBlock = Extension.create({
  name: 'keepFocusInBlock',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('keepFocusInBlock'),
        view: (view) => {
          let focused: FocusedControl | null = null;
          let waitingForRender: MutationObserver | null = null;
          const stopWaiting = () => {
            waitingForRender?.disconnect();
            waitingForRender = null;
          };
          const onFocusIn = (event: FocusEvent) => {
            stopWaiting();
            focused = describe(event.target);
          };
          const onFocusOut = (event: FocusEvent) => {
            const left = event.target;
            // Still on the page afterwards: the person moved focus on, so nothing is to be given back.
            queueMicrotask(() => {
              if (
                focused?.element === left &&
                focused.element.isConnected &&
                document.activeElement !== left
              ) {
                focused = null;
              }
            });
          };
          const giveBack = (lost: FocusedControl): boolean => {
            const active = document.activeElement;
            if (active && active !== document.body) return true;
            const control = findControl(view, lost);
            if (!control) return false;
            focusAtEnd(control);
            return true;
          };
          view.dom.addEventListener('focusin', onFocusIn);
          view.dom.addEventListener('focusout', onFocusOut);
          return {
            update: () => {
              if (!focused || focused.element.isConnected) return;
              const lost = focused;
              focused = null;
              stopWaiting();
              // A block that was removed has nowhere to give focus back to.
              if (!findNodeById(view.state.doc, lost.blockId)) return;
              queueMicrotask(() => {
                if (view.isDestroyed || giveBack(lost)) return;
                const observer = new MutationObserver(() => {
                  if (giveBack(lost)) stopWaiting();
                });
                observer.observe(view.dom, { childList: true, subtree: true });
                waitingForRender = observer;
              });
            },
            destroy: () => {
              stopWaiting();
              view.dom.removeEventListener('focusin', onFocusIn);
              view.dom.removeEventListener('focusout', onFocusOut);
            },
          };
        },
      }),
    ];
  },
});

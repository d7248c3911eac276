import { type AnsweredNode, answersLostByChange, mayApplyChange, type Role } from '@interlude/schema';
import { Extension, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** Why a local edit was not applied, in words for the person who tried it. */
export interface RefusedChange {
  reason: string;
  message: string;
}

export interface RoleGuardOptions {
  role: Role;
  readOnly: boolean;
  /** The document's meta map as JSON, so that a scored measure's lock applies in the editor too. */
  readMeta: () => Readonly<Record<string, unknown>>;
  /** Asks whether to go ahead although answers would be lost; `true` goes ahead. Synchronous by design. */
  confirmAnswerLoss: (lost: readonly AnsweredNode[]) => boolean;
  /** Told about every refused edit, e.g. to explain it on screen. */
  onChangeRefused: (refused: RefusedChange) => void;
}

/** What the guard remembers, so a control whose action was refused can explain it beside itself. */
export interface RoleGuardStorage {
  lastRefusal: RefusedChange | null;
}

declare module '@tiptap/core' {
  interface Storage {
    worksheetRoleGuard: RoleGuardStorage;
  }
}

export const roleGuardPluginKey = new PluginKey('worksheetRoleGuard');

/**
 * Changes that arrive through Yjs (other people's edits, this person's undo, the first render) already happened
 * in the shared document: dropping them here would only make this replica diverge from the others.
 */
export function cameThroughYjs(transaction: Transaction): boolean {
  return Boolean(transaction.getMeta(ySyncPluginKey));
}

const READ_ONLY: RefusedChange = { reason: 'read-only', message: 'This worksheet is read-only.' };
const KEPT_ANSWERS: RefusedChange = {
  reason: 'answers-kept',
  message: 'Nothing was removed: the answers are kept.',
};

/**
 * Stops local edits the person's role does not allow, whatever produced them: typing, deleting, cutting,
 * pasting, dropping or a command. It asks the schema's `mayApplyChange`, the same judge the relay uses.
 * ProseMirror redraws any DOM the browser already changed for a refused edit.
 */
export const RoleGuard = Extension.create<RoleGuardOptions, RoleGuardStorage>({
  name: 'worksheetRoleGuard',

  addOptions() {
    return {
      role: 'client',
      readOnly: false,
      readMeta: () => ({}),
      confirmAnswerLoss: () => false,
      onChangeRefused: () => undefined,
    };
  },

  addStorage() {
    return { lastRefusal: null };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    const storage = this.storage;
    // A document is read as JSON once, not again as the "before" of the next keystroke.
    const jsonByDoc = new WeakMap<ProseMirrorNode, JSONContent>();
    const jsonOf = (doc: ProseMirrorNode): JSONContent => {
      const known = jsonByDoc.get(doc);
      if (known) return known;
      const json = doc.toJSON() as JSONContent;
      jsonByDoc.set(doc, json);
      return json;
    };
    let editorView: EditorView | null = null;
    const refuse = (refused: RefusedChange, transaction: Transaction, state: EditorState) => {
      storage.lastRefusal = refused;
      // Plugins' follow-up edits (such as keeping a paragraph at the end) are refused silently: the person
      // did not try them.
      if (transaction.getMeta('appendedTransaction')) return false;
      options.onChangeRefused(refused);
      keepCaretWhereThePersonPutIt(editorView, transaction, state);
      return false;
    };
    return [
      new Plugin({
        key: roleGuardPluginKey,
        view: (view) => {
          editorView = view;
          return {
            destroy: () => {
              editorView = null;
            },
          };
        },
        filterTransaction: (transaction, state) => {
          if (!transaction.docChanged || cameThroughYjs(transaction)) return true;
          if (options.readOnly) return refuse(READ_ONLY, transaction, state);
          const before = jsonOf(state.doc);
          const after = jsonOf(transaction.doc);
          const decision = mayApplyChange(options.role, before, after, options.readMeta());
          if (!decision.allowed)
            return refuse({ reason: decision.reason, message: decision.message }, transaction, state);
          if (options.role !== 'therapist') return true;
          const lost = answersLostByChange(before, after);
          if (lost.length === 0 || options.confirmAnswerLoss(lost)) return true;
          return refuse(KEPT_ANSWERS, transaction, state);
        },
      }),
    ];
  },
});

/**
 * Typing in a place the person may not change arrives as one transaction that both moves the selection to
 * where they clicked and changes the text. Refusing it whole would leave the selection where it was before the
 * click (often another answer), and ProseMirror would put the caret back there, so the next keys would land in
 * that other answer. Keep the selection part: the caret stays where the person put it, and further keys there
 * are refused and explained too.
 */
function keepCaretWhereThePersonPutIt(
  view: EditorView | null,
  refused: Transaction,
  state: EditorState,
): void {
  if (!view || !refused.selectionSet) return;
  const intended = refused.selection.map(state.doc, refused.mapping.invert());
  if (intended.eq(state.selection)) return;
  // After the refusal has finished: dispatching from inside filterTransaction would re-enter the view's update.
  queueMicrotask(() => {
    if (view.isDestroyed || view.state.doc !== state.doc) return;
    view.dispatch(view.state.tr.setSelection(intended));
  });
}

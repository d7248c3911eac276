import type { AnyExtension } from '@tiptap/core';
import { Collaboration } from '@tiptap/extension-collaboration';
import { CollaborationCaret } from '@tiptap/extension-collaboration-caret';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { renderCaret, renderSelection } from './render-caret.js';

export interface CollaborationSetup {
  doc: Y.Doc;
  field: string;
  awareness: Awareness | null;
  user: { id: string; name: string; color: string };
}

/**
 * Binds the editor to the worksheet's Y.Doc (which also brings Yjs's undo manager: only this person's own
 * changes are undone) and, once connected, shows everyone's carets.
 */
export function collaborationExtensions({ doc, field, awareness, user }: CollaborationSetup): AnyExtension[] {
  const extensions: AnyExtension[] = [Collaboration.configure({ document: doc, field })];
  if (awareness) {
    extensions.push(
      CollaborationCaret.configure({
        // CollaborationCaret asks for a provider only to reach its awareness.
        provider: { awareness },
        user: { id: user.id, name: user.name, color: user.color },
        render: renderCaret,
        selectionRender: renderSelection,
      }),
    );
  }
  return extensions;
}

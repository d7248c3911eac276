import type { EditorState } from '@tiptap/pm/state';
import { relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

export interface OtherCaret {
  name: string;
  /** The caret's position in this editor's document. */
  pos: number;
}

interface SyncPluginState {
  doc: Y.Doc;
  type: Y.XmlFragment;
  binding: { mapping: Map<Y.AbstractType<unknown>, unknown> } | null;
}

interface CaretAwareness {
  cursor?: { head?: unknown } | null;
  user?: { name?: string } | null;
}

/** Where the other people in the worksheet have their carets now, from their awareness (y-tiptap's `cursor`). */
export function otherPeoplesCarets(state: EditorState, awareness: Awareness | null): OtherCaret[] {
  const sync = ySyncPluginKey.getState(state) as SyncPluginState | undefined;
  if (!awareness || !sync?.binding) return [];
  const carets: OtherCaret[] = [];
  for (const [clientId, raw] of awareness.getStates()) {
    const peer = raw as CaretAwareness | null;
    if (clientId === awareness.clientID || !peer?.cursor?.head) continue;
    const pos = relativePositionToAbsolutePosition(
      sync.doc,
      sync.type,
      Y.createRelativePositionFromJSON(peer.cursor.head),
      sync.binding.mapping as never,
    );
    if (pos !== null) carets.push({ name: peer.user?.name ?? 'Someone', pos });
  }
  return carets;
}

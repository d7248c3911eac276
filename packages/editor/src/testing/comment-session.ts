import { type CommentAuthor, yCommentStore } from '@interlude/schema';
import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import * as Y from 'yjs';
import { CommentsController } from '../comments/comments-controller.js';
import { respondFixture } from './respond-fixture.js';
import { connect, createTestEditor, replicaOf, seededDoc } from './worksheet-test-editor.js';

export const THERAPIST: CommentAuthor = { id: 'u-therapist', role: 'therapist', name: 'Dr Ada Quinn' };
export const CLIENT: CommentAuthor = { id: 'u-client', role: 'client', name: 'Sam Rivera' };

export interface CommentSide {
  doc: Y.Doc;
  editor: Editor;
  comments: CommentsController;
}

/**
 * The therapist (author mode) and the client (respond mode) on one worksheet, each with a real editor over
 * their own Y.Doc and a comments controller over the document's `comments` map. `connected: false` keeps the
 * two apart until `exchange` is called, like a client working offline.
 */
export function commentSession(options: { connected?: boolean; now?: () => Date } = {}) {
  const clientDoc = seededDoc(respondFixture());
  const therapistDoc = replicaOf(clientDoc);
  const side = (doc: Y.Doc, author: CommentAuthor, mode: 'author' | 'respond'): CommentSide => {
    const comments = new CommentsController({
      store: yCommentStore(doc, author, options.now),
      author,
      canComment: true,
    });
    const editor = createTestEditor(doc, mode, { comments, confirmAnswerLoss: () => true });
    return { doc, editor, comments };
  };
  const therapist = side(therapistDoc, THERAPIST, 'author');
  const client = side(clientDoc, CLIENT, 'respond');
  let disconnect = options.connected === false ? () => undefined : connect(clientDoc, therapistDoc);
  return {
    therapist,
    client,
    goOffline() {
      disconnect();
      disconnect = () => undefined;
    },
    /** Back online: each side first gets what the other wrote meanwhile, as after a reconnect. */
    goOnline() {
      // The origin names the document the changes came from, as `connect` does.
      Y.applyUpdate(
        therapistDoc,
        Y.encodeStateAsUpdate(clientDoc, Y.encodeStateVector(therapistDoc)),
        clientDoc,
      );
      Y.applyUpdate(
        clientDoc,
        Y.encodeStateAsUpdate(therapistDoc, Y.encodeStateVector(clientDoc)),
        therapistDoc,
      );
      disconnect = connect(clientDoc, therapistDoc);
    },
  };
}

/** The document positions of the first occurrence of `text` (within one text node). */
export function rangeOfText(doc: ProseMirrorNode, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    const index = node.isText ? (node.text ?? '').indexOf(text) : -1;
    if (index >= 0) found = { from: pos + index, to: pos + index + text.length };
    return true;
  });
  if (!found) throw new Error(`"${text}" is not in the document`);
  return found;
}

/** Selects `text` in the editor, as a person dragging over it would. */
export function selectText(editor: Editor, text: string): void {
  editor.commands.setTextSelection(rangeOfText(editor.state.doc, text));
}

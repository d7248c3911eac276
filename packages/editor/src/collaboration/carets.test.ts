import { CONTENT_FIELD } from '@interlude/schema';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { relayAwareness } from '../testing/relay-awareness.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { positionOfText } from '../testing/simulate-input.js';
import { connect, replicaOf, seededDoc } from '../testing/worksheet-test-editor.js';
import { worksheetEditorExtensions } from '../worksheet-editor/worksheet-editor-extensions.js';

const mounted: Editor[] = [];
afterEach(() => {
  for (const editor of mounted.splice(0)) {
    editor.destroy();
  }
  document.body.innerHTML = '';
});

function mountEditor(doc: Y.Doc, awareness: Awareness, user: { id: string; name: string; color: string }) {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: worksheetEditorExtensions({
      doc,
      field: CONTENT_FIELD,
      awareness,
      mode: 'respond',
      readOnly: false,
      user,
    }),
  });
  mounted.push(editor);
  return editor;
}

describe('carets', () => {
  it('shows the other person’s caret labelled with their name and colour', async () => {
    const clientDoc = seededDoc(respondFixture());
    const therapistDoc = replicaOf(clientDoc);
    connect(clientDoc, therapistDoc);
    const clientAwareness = new Awareness(clientDoc);
    const therapistAwareness = new Awareness(therapistDoc);
    relayAwareness(clientAwareness, therapistAwareness);

    const client = mountEditor(clientDoc, clientAwareness, { id: 'c', name: 'Casey', color: '#1f6feb' });
    const therapist = mountEditor(therapistDoc, therapistAwareness, {
      id: 't',
      name: 'Dr Tan',
      color: '#b3261e',
    });

    therapist.view.focus();
    // In the instructions: headless node views keep answers out of the DOM, plain paragraphs are in it.
    const pos = positionOfText(therapist.state.doc, 'Now rate') + 3;
    therapist.view.dispatch(therapist.state.tr.setSelection(TextSelection.create(therapist.state.doc, pos)));

    expect(clientAwareness.getStates().get(therapistAwareness.clientID)?.user).toEqual({
      id: 't',
      name: 'Dr Tan',
      color: '#b3261e',
    });
    expect(clientAwareness.getStates().get(therapistAwareness.clientID)?.cursor).toBeTruthy();
    // y-tiptap batches awareness changes into the next tick before redrawing carets.
    const caret = await vi.waitFor(() => {
      const found = client.view.dom.querySelector('.interlude-caret');
      if (!found) throw new Error('no caret yet');
      return found;
    });
    expect(caret.textContent).toBe('Dr Tan');
    expect((caret as HTMLElement).style.borderColor).toBe('rgb(179, 38, 30)');
    // A caret is decoration only: it never becomes document content.
    expect(client.getJSON()).toEqual(therapist.getJSON());
  });
});

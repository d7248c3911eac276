import { CONTENT_FIELD } from '@interlude/schema';
import { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, expect, test, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { WorksheetMode } from '../mode/worksheet-mode.js';
import { relayAwareness } from '../testing/relay-awareness.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { connect, replicaOf, seededDoc } from '../testing/worksheet-test-editor.js';
import { worksheetEditorExtensions } from '../worksheet-editor/worksheet-editor-extensions.js';

const mounted: Editor[] = [];
afterEach(() => {
  for (const editor of mounted.splice(0)) editor.destroy();
  document.body.innerHTML = '';
});

function mount(doc: Y.Doc, awareness: Awareness, mode: WorksheetMode, name: string, refusals: string[]) {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: worksheetEditorExtensions({
      doc,
      field: CONTENT_FIELD,
      awareness,
      mode,
      readOnly: false,
      user: { id: name, name, color: '#1f6feb' },
      confirmAnswerLoss: () => false,
      onChangeRefused: (refused) => refusals.push(refused.message),
    }),
  });
  mounted.push(editor);
  return editor;
}

function startOf(doc: ProseMirrorNode, id: string): number {
  let found = -1;
  doc.descendants((node, pos) => {
    if (found < 0 && node.attrs.id === id) found = pos;
    return found < 0;
  });
  return found;
}

const blockIds = (editor: Editor) =>
  editor.getJSON().content?.map((block) => (block.attrs?.id as string | undefined) ?? block.type) ?? [];

test('a block is not moved while someone else writes in it, and moves once they are elsewhere', async () => {
  const clientDoc = seededDoc(respondFixture());
  const therapistDoc = replicaOf(clientDoc);
  connect(clientDoc, therapistDoc);
  const clientAwareness = new Awareness(clientDoc);
  const therapistAwareness = new Awareness(therapistDoc);
  relayAwareness(clientAwareness, therapistAwareness);
  const refusals: string[] = [];
  const client = mount(clientDoc, clientAwareness, 'respond', 'Casey', []);
  const therapist = mount(therapistDoc, therapistAwareness, 'author', 'Dr Tan', refusals);

  const placeClientCaretIn = (id: string) => {
    client.view.focus();
    const inside = startOf(client.state.doc, id) + 2;
    client.view.dispatch(client.state.tr.setSelection(TextSelection.create(client.state.doc, inside)));
  };

  placeClientCaretIn('thought');
  await vi.waitFor(() =>
    expect(therapistAwareness.getStates().get(clientAwareness.clientID)?.cursor).toBeTruthy(),
  );
  const before = blockIds(therapist);
  expect(therapist.commands.moveWorksheetNode('up', startOf(therapist.state.doc, 'thought'))).toBe(false);
  expect(blockIds(therapist)).toEqual(before);
  expect(refusals).toEqual(['Casey is writing there now: move it once they have finished.']);

  placeClientCaretIn('situation');
  // The swap with the block before 'thought' no longer touches the client's caret.
  await vi.waitFor(() =>
    expect(therapist.commands.moveWorksheetNode('up', startOf(therapist.state.doc, 'thought'))).toBe(true),
  );
  expect(blockIds(therapist)).not.toEqual(before);
});

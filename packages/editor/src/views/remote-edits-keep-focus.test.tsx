import { field, scale } from '@interlude/schema';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { findNodeById } from '../commands/find-node-by-id.js';
import { renderWorksheet } from '../testing/render-worksheet.js';
import {
  connect,
  createTestEditor,
  destroyOpenTestEditors,
  replicaOf,
} from '../testing/worksheet-test-editor.js';

// A ceiling for React to render a view another person's edit created (generous: jsdom on two busy cores).
const RENDERED = { timeout: 10_000 };

afterEach(() => {
  cleanup();
  destroyOpenTestEditors();
});

/** The therapist, on their own replica, inserts `block` just before the node with id `beforeId`. */
function insertBefore(
  therapist: Editor,
  beforeId: string,
  block: Parameters<Editor['commands']['insertContentAt']>[1],
) {
  const found = findNodeById(therapist.state.doc, beforeId);
  if (!found) throw new Error(`no node ${beforeId}`);
  therapist.commands.insertContentAt(found.pos, block);
}

// ProseMirror offers an existing node view to the next node of the same type when blocks are inserted
// before it (another person's edit arriving through Yjs). Had the view taken the new node, the control in
// focus would silently belong to the new block and the client's keys would answer the wrong question.
describe("another person's block inserted before the one in use", () => {
  it("leaves the client's keys on the scale they are rating", async () => {
    const { doc, answerOf } = await renderWorksheet('respond');
    const therapistDoc = replicaOf(doc);
    const therapist = createTestEditor(therapistDoc, 'author');
    const disconnect = connect(doc, therapistDoc);
    try {
      const slider = within(screen.getByRole('group', { name: 'How anxious?' })).getByRole('slider');
      act(() => slider.focus());
      fireEvent.keyDown(slider, { key: 'Home' });
      expect(answerOf('anxiety')?.value).toBe(0);

      act(() =>
        insertBefore(
          therapist,
          'anxiety',
          scale({ id: 'urge', label: 'How strong is the urge?', min: 0, max: 10 }),
        ),
      );
      await screen.findByRole('group', { name: 'How strong is the urge?' }, RENDERED);

      const focused = document.activeElement as HTMLElement;
      expect(focused.closest('fieldset')?.querySelector('legend')?.textContent).toBe('How anxious?');
      fireEvent.keyDown(focused, { key: 'ArrowRight' });
      expect(answerOf('anxiety')?.value).toBe(1);
      expect(answerOf('urge')?.value).toBeNull();
    } finally {
      disconnect();
    }
  });

  it('leaves the field the client is typing in theirs, focused', async () => {
    const { doc, answerOf } = await renderWorksheet('respond');
    const therapistDoc = replicaOf(doc);
    const therapist = createTestEditor(therapistDoc, 'author');
    const disconnect = connect(doc, therapistDoc);
    try {
      const bedtime = screen.getByLabelText('Went to bed') as HTMLInputElement;
      act(() => bedtime.focus());
      fireEvent.change(bedtime, { target: { value: '22:30' } });
      expect(answerOf('bed')?.value).toBe('22:30');

      act(() => insertBefore(therapist, 'bed', field({ id: 'woke', label: 'Woke up', fieldType: 'time' })));
      await screen.findByLabelText('Woke up', {}, RENDERED);

      expect(document.activeElement).toBe(bedtime);
      expect(bedtime.isConnected).toBe(true);
      fireEvent.change(bedtime, { target: { value: '23:00' } });
      expect(answerOf('bed')?.value).toBe('23:00');
      expect(answerOf('woke')?.value).toBeNull();
    } finally {
      disconnect();
    }
  });
});

// ProseMirror rebuilds a block's view when the block itself is moved, or when a block of its kind moves in
// front of it. The control in use then leaves the page, and focus must come back to its rebuilt copy.
describe("another person's move around the block in use", () => {
  async function focusBedtime() {
    const rendered = await renderWorksheet('respond');
    const therapistDoc = replicaOf(rendered.doc);
    const therapist = createTestEditor(therapistDoc, 'author');
    const disconnect = connect(rendered.doc, therapistDoc);
    const bedtime = screen.getByLabelText('Went to bed') as HTMLInputElement;
    act(() => bedtime.focus());
    fireEvent.change(bedtime, { target: { value: '22:30' } });
    return { ...rendered, therapist, disconnect, bedtime };
  }
  const move = (therapist: Editor, id: string, direction: 'up' | 'down') => {
    const found = findNodeById(therapist.state.doc, id);
    if (!found) throw new Error(`no node ${id}`);
    therapist.commands.moveWorksheetNode(direction, found.pos);
  };

  it('gives focus back to the field when the field itself is moved down', async () => {
    const { therapist, disconnect, bedtime, answerOf } = await focusBedtime();
    try {
      act(() => move(therapist, 'bed', 'down'));
      expect(bedtime.isConnected).toBe(false);
      await waitFor(
        () => expect(document.activeElement).toBe(screen.getByLabelText('Went to bed')),
        RENDERED,
      );
      fireEvent.change(document.activeElement as HTMLInputElement, { target: { value: '23:15' } });
      expect(answerOf('bed')?.value).toBe('23:15');
    } finally {
      disconnect();
    }
  });

  it('gives focus back to the field when a field is moved in front of it', async () => {
    const { therapist, disconnect, bedtime, answerOf } = await focusBedtime();
    try {
      const bed = findNodeById(therapist.state.doc, 'bed');
      if (!bed) throw new Error('no bedtime field');
      act(() => {
        therapist.commands.insertContentAt(
          bed.pos + bed.node.nodeSize,
          field({ id: 'woke', label: 'Woke up', fieldType: 'time' }),
        );
      });
      await screen.findByLabelText('Woke up', {}, RENDERED);
      act(() => move(therapist, 'woke', 'up'));
      expect(bedtime.isConnected).toBe(false);
      await waitFor(
        () => expect(document.activeElement).toBe(screen.getByLabelText('Went to bed')),
        RENDERED,
      );
      fireEvent.change(document.activeElement as HTMLInputElement, { target: { value: '23:15' } });
      expect(answerOf('bed')?.value).toBe('23:15');
      expect(answerOf('woke')?.value).toBeNull();
    } finally {
      disconnect();
    }
  });

  it('leaves focus alone once the person has moved it elsewhere', async () => {
    const { therapist, disconnect, bedtime } = await focusBedtime();
    try {
      act(() => bedtime.blur());
      act(() => move(therapist, 'bed', 'up'));
      await screen.findByLabelText('Went to bed', {}, RENDERED);
      expect(document.activeElement).toBe(document.body);
    } finally {
      disconnect();
    }
  });
});

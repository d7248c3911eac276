import { doc, paragraph, prompt, scale } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { NodeSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { placeCursor, positionOfText, pressKey, selectNodeById } from '../testing/simulate-input.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';

function order(worksheet: ReturnType<typeof seededDoc>): string[] {
  return (readWorksheetContent(worksheet).content ?? []).map(
    (block) => (block.attrs?.id as string | undefined) ?? block.content?.[0]?.text ?? block.type ?? '',
  );
}

function worksheetWithThreeBlocks() {
  return seededDoc(
    doc(
      paragraph('Intro'),
      prompt({ id: 'first', question: 'First?' }, [paragraph('An answer')]),
      scale({ id: 'rating', label: 'Rate', min: 0, max: 10, value: 4 }),
      paragraph('End'),
    ),
  );
}

describe('reordering blocks in author mode', () => {
  it('moves a selected block down and up, keeping it selected and its answer intact', () => {
    const worksheet = worksheetWithThreeBlocks();
    const editor = createTestEditor(worksheet, 'author');
    selectNodeById(editor, 'rating');
    expect(editor.commands.moveWorksheetNode('up')).toBe(true);
    expect(order(worksheet)).toEqual(['Intro', 'rating', 'first', 'End']);
    expect(editor.state.selection).toBeInstanceOf(NodeSelection);
    expect(editor.commands.moveWorksheetNode('up')).toBe(true);
    expect(order(worksheet)).toEqual(['rating', 'Intro', 'first', 'End']);
    expect(editor.commands.moveWorksheetNode('up')).toBe(false);
    expect(readWorksheetContent(worksheet).content?.[0]?.attrs?.value).toBe(4);
  });

  it('moves the block holding the cursor with Alt+↓, the cursor going along', () => {
    const worksheet = worksheetWithThreeBlocks();
    const editor = createTestEditor(worksheet, 'author');
    placeCursor(editor, positionOfText(editor.state.doc, 'An answer') + 2);
    expect(pressKey(editor, 'ArrowDown', { alt: true })).toBe(true);
    expect(order(worksheet)).toEqual(['Intro', 'rating', 'first', 'End']);
    expect(editor.state.selection.$from.parent.textContent).toBe('An answer');
    expect(readWorksheetContent(worksheet).content?.[2]?.content?.[0]?.content?.[0]?.text).toBe('An answer');
  });

  it('moves a block given by position (the node view’s buttons)', () => {
    const worksheet = worksheetWithThreeBlocks();
    const editor = createTestEditor(worksheet, 'author');
    expect(editor.commands.moveWorksheetNode('down', 0)).toBe(true);
    expect(order(worksheet)).toEqual(['first', 'Intro', 'rating', 'End']);
  });

  it('is not available in respond mode, and Alt+↑ changes nothing there', () => {
    const worksheet = worksheetWithThreeBlocks();
    const editor = createTestEditor(worksheet, 'respond');
    placeCursor(editor, positionOfText(editor.state.doc, 'An answer') + 2);
    pressKey(editor, 'ArrowUp', { alt: true });
    expect(order(worksheet)).toEqual(['Intro', 'first', 'rating', 'End']);
  });
});

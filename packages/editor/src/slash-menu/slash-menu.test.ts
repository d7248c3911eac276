import { doc, paragraph } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { placeCursor, positionOfText, pressKey, typeText } from '../testing/simulate-input.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';
import { slashMenuOf } from './slash-menu.js';

function editorOnEmptyLine() {
  const worksheet = seededDoc(doc(paragraph('Intro'), paragraph(), paragraph('End')));
  const editor = createTestEditor(worksheet, 'author');
  placeCursor(editor, positionOfText(editor.state.doc, 'Intro') + 'Intro'.length + 2);
  return { worksheet, editor };
}

const blockTypes = (worksheet: ReturnType<typeof seededDoc>) =>
  (readWorksheetContent(worksheet).content ?? []).map((block) => block.type);

describe('slash menu', () => {
  it('opens on "/" at the start of an empty line and narrows as the therapist types', () => {
    const { editor } = editorOnEmptyLine();
    expect(slashMenuOf(editor.state)).toBeNull();
    typeText(editor, '/');
    expect(slashMenuOf(editor.state)?.query).toBe('');
    typeText(editor, 'sca');
    expect(slashMenuOf(editor.state)?.query).toBe('sca');
  });

  it('inserts the highlighted kind with Enter, replacing the typed "/query"', () => {
    const { editor, worksheet } = editorOnEmptyLine();
    typeText(editor, '/');
    pressKey(editor, 'ArrowDown');
    expect(slashMenuOf(editor.state)?.highlighted).toBe(1);
    pressKey(editor, 'Enter');
    expect(blockTypes(worksheet)).toEqual(['paragraph', 'scale', 'paragraph']);
    expect(slashMenuOf(editor.state)).toBeNull();
  });

  it('tells assistive technology the menu is open and which item is highlighted', () => {
    const { editor } = editorOnEmptyLine();
    expect(editor.view.dom.getAttribute('aria-expanded')).toBeNull();
    typeText(editor, '/');
    pressKey(editor, 'ArrowDown');
    const listboxId = editor.storage.slashMenu.listboxId;
    expect(editor.view.dom.getAttribute('aria-expanded')).toBe('true');
    expect(editor.view.dom.getAttribute('aria-controls')).toBe(listboxId);
    expect(editor.view.dom.getAttribute('aria-activedescendant')).toBe(`${listboxId}-scale`);
  });

  it('wraps the highlight around with ↑', () => {
    const { editor } = editorOnEmptyLine();
    typeText(editor, '/');
    pressKey(editor, 'ArrowUp');
    expect(slashMenuOf(editor.state)?.highlighted).toBe(6);
  });

  it('inserts a kind found by name', () => {
    const { editor, worksheet } = editorOnEmptyLine();
    typeText(editor, '/diary');
    pressKey(editor, 'Enter');
    expect(blockTypes(worksheet)).toEqual(['paragraph', 'entryGroup', 'paragraph']);
  });

  it('closes with Escape and leaves the text, so Enter splits the line as usual', () => {
    const { editor, worksheet } = editorOnEmptyLine();
    typeText(editor, '/sc');
    pressKey(editor, 'Escape');
    expect(slashMenuOf(editor.state)).toBeNull();
    pressKey(editor, 'Enter');
    expect(blockTypes(worksheet)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('does not open in the middle of text', () => {
    const { editor } = editorOnEmptyLine();
    placeCursor(editor, positionOfText(editor.state.doc, 'Intro') + 5);
    typeText(editor, '/');
    expect(slashMenuOf(editor.state)).toBeNull();
  });

  it('is not there in respond mode: a "/" in an answer is just a slash', () => {
    const worksheet = seededDoc(doc(paragraph('Intro')));
    const editor = createTestEditor(worksheet, 'respond');
    expect(slashMenuOf(editor.state)).toBeNull();
  });
});

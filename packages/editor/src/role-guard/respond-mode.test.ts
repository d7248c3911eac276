import { readWorksheetContent } from '@interlude/schema/tiptap';
import type { Editor } from '@tiptap/core';
import { AllSelection } from '@tiptap/pm/state';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { contentOf, nodeById, templateOfDoc } from '../testing/read-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import {
  answerEnd,
  answerStart,
  cut,
  dragSelectionTo,
  pasteHTML,
  pasteText,
  placeCursor,
  positionOfText,
  pressKey,
  selectNodeById,
  selectRange,
  typeText,
} from '../testing/simulate-input.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';

let doc: Y.Doc;
let editor: Editor;
let refusals: string[];

beforeEach(() => {
  doc = seededDoc(respondFixture());
  refusals = [];
  editor = createTestEditor(doc, 'respond', { onChangeRefused: (refused) => refusals.push(refused.reason) });
});

afterEach(() => editor.destroy());

const template = () => templateOfDoc(doc);
const stored = () => readWorksheetContent(doc);

/**
 * Runs `act` and expects the document (template and answers alike) to be exactly as before, in the Y.Doc and
 * in the editor. `refused: false` for key presses the prompt's own isolation already stops at its border.
 */
function expectNothingChanges(act: () => void, { refused = true } = {}) {
  const before = stored();
  act();
  expect(stored()).toEqual(before);
  expect(contentOf(editor)).toEqual(before);
  if (refused) expect(refusals.length).toBeGreaterThan(0);
}

describe('respond mode: the client answers', () => {
  it('types into an answer', () => {
    const templateBefore = template();
    placeCursor(editor, answerEnd(editor.state.doc, 'situation'));
    typeText(editor, ', on Monday');
    expect(nodeById(stored(), 'situation')?.content?.[0]?.content?.[0]?.text).toBe('At work, on Monday');
    expect(template()).toEqual(templateBefore);
  });

  it('splits an answer into paragraphs with Enter and joins them back with Backspace', () => {
    const templateBefore = template();
    placeCursor(editor, answerEnd(editor.state.doc, 'situation'));
    pressKey(editor, 'Enter');
    typeText(editor, 'Second line');
    expect(nodeById(stored(), 'situation')?.content).toHaveLength(2);
    placeCursor(editor, positionOfText(editor.state.doc, 'Second line'));
    pressKey(editor, 'Backspace');
    expect(nodeById(stored(), 'situation')?.content).toHaveLength(1);
    expect(template()).toEqual(templateBefore);
  });

  it('sets scale, choice, checklist, goal, step and field answers', () => {
    const templateBefore = template();
    expect(editor.commands.updateWorksheetNode('anxiety', { value: 0 })).toBe(true);
    editor.commands.updateWorksheetNode('planned', { value: 'done' });
    editor.commands.updateWorksheetNode('traps', { checked: ['labelling'] });
    editor.commands.updateWorksheetNode('walk', { progress: 30 });
    editor.commands.updateWorksheetNode('shoes', { checked: true });
    editor.commands.updateWorksheetNode('bed', { value: '23:15' });
    const answers = stored();
    expect(nodeById(answers, 'anxiety')?.attrs?.value).toBe(0);
    expect(nodeById(answers, 'planned')?.attrs?.value).toBe('done');
    expect(nodeById(answers, 'traps')?.attrs?.checked).toEqual(['labelling']);
    expect(nodeById(answers, 'walk')?.attrs?.progress).toBe(30);
    expect(nodeById(answers, 'shoes')?.attrs?.checked).toBe(true);
    expect(nodeById(answers, 'bed')?.attrs?.value).toBe('23:15');
    expect(template()).toEqual(templateBefore);
    expect(refusals).toEqual([]);
  });

  it('pastes text and formatted text into an answer', () => {
    const templateBefore = template();
    placeCursor(editor, answerEnd(editor.state.doc, 'situation'));
    pasteText(editor, ' pasted');
    pasteHTML(editor, '<p><strong>bold</strong> words</p>');
    expect(
      nodeById(stored(), 'situation')
        ?.content?.[0]?.content?.map((part) => part.text)
        .join(''),
    ).toBe('At work pastedbold words');
    expect(template()).toEqual(templateBefore);
  });

  it('clears a scale back to "not answered yet"', () => {
    editor.commands.updateWorksheetNode('anxiety', { value: 4 });
    editor.commands.updateWorksheetNode('anxiety', { value: null });
    expect(nodeById(stored(), 'anxiety')?.attrs?.value).toBeNull();
  });

  it('adds, dates and removes entries in a diary', () => {
    const templateBefore = template();
    expect(editor.commands.addEntry('diary')).toBe(true);
    const added = nodeById(stored(), 'diary')?.content?.[1];
    expect(added?.attrs?.date).toBe('2026-11-26');
    const addedId = added?.attrs?.id as string;
    editor.commands.updateWorksheetNode(addedId, { date: '2026-11-25' });
    expect(nodeById(stored(), addedId)?.attrs?.date).toBe('2026-11-25');
    expect(editor.commands.deleteWorksheetNode('monday')).toBe(true);
    expect(nodeById(stored(), 'diary')?.content?.map((kept) => kept.attrs?.id)).toEqual([addedId]);
    expect(template()).toEqual(templateBefore);
  });
});

describe('respond mode: the template cannot be changed', () => {
  it('by typing into the instructions', () => {
    expectNothingChanges(() => {
      placeCursor(editor, positionOfText(editor.state.doc, 'Now rate'));
      typeText(editor, 'x');
    });
  });

  it('by Backspace at the start of an answer', () => {
    expectNothingChanges(
      () => {
        placeCursor(editor, answerStart(editor.state.doc, 'situation'));
        pressKey(editor, 'Backspace');
        // A second press acts on whatever the first one selected.
        pressKey(editor, 'Backspace');
      },
      { refused: false },
    );
  });

  it('by Backspace at the start of an empty answer, through the keyboard shortcut command', () => {
    expectNothingChanges(
      () => {
        placeCursor(editor, answerStart(editor.state.doc, 'thought'));
        editor.commands.keyboardShortcut('Backspace');
        editor.commands.keyboardShortcut('Backspace');
      },
      { refused: false },
    );
  });

  it('by Delete at the end of an answer', () => {
    expectNothingChanges(
      () => {
        placeCursor(editor, answerEnd(editor.state.doc, 'situation'));
        pressKey(editor, 'Delete');
        pressKey(editor, 'Delete');
      },
      { refused: false },
    );
  });

  it('by select-all then typing', () => {
    expectNothingChanges(() => {
      editor.commands.selectAll();
      expect(editor.state.selection).toBeInstanceOf(AllSelection);
      typeText(editor, 'x');
      pressKey(editor, 'Backspace');
    });
  });

  it('by Mod-a in the instructions then Delete (in an answer, Mod-a selects only that answer)', () => {
    expectNothingChanges(() => {
      placeCursor(editor, positionOfText(editor.state.doc, 'Now rate'));
      pressKey(editor, 'a', { mod: true });
      pressKey(editor, 'Delete');
    });
  });

  it('by cutting a selection that spans a question', () => {
    expectNothingChanges(() => {
      selectRange(
        editor,
        positionOfText(editor.state.doc, 'At work') + 3,
        positionOfText(editor.state.doc, 'Now rate') + 3,
      );
      cut(editor);
    });
  });

  it('by pasting over a selection that spans a question', () => {
    expectNothingChanges(() => {
      selectRange(
        editor,
        positionOfText(editor.state.doc, 'At work') + 3,
        answerStart(editor.state.doc, 'thought'),
      );
      pasteHTML(editor, '<p>pasted</p>');
      pasteText(editor, 'pasted text');
    });
  });

  it('by pasting a question or a scale over the instructions', () => {
    expectNothingChanges(() => {
      selectRange(
        editor,
        positionOfText(editor.state.doc, 'Now rate'),
        positionOfText(editor.state.doc, 'Now rate') + 3,
      );
      pasteHTML(editor, '<div data-type="scale" data-label="Injected" data-min="0" data-max="10"></div>');
    });
  });

  it('by dragging instructions into an answer', () => {
    expectNothingChanges(() => {
      const from = positionOfText(editor.state.doc, 'Now rate');
      selectRange(editor, from, from + 'Now rate'.length);
      dragSelectionTo(editor, answerEnd(editor.state.doc, 'situation'));
    });
  });

  it('by dragging a whole scale away', () => {
    expectNothingChanges(() => {
      selectNodeById(editor, 'anxiety');
      dragSelectionTo(editor, editor.state.doc.content.size);
    });
  });

  it('by deleting or typing over a selected question node', () => {
    expectNothingChanges(() => {
      selectNodeById(editor, 'planned');
      pressKey(editor, 'Backspace');
      typeText(editor, 'x');
    });
  });

  it('by commands that edit settings or structure', () => {
    expectNothingChanges(() => {
      editor.commands.updateWorksheetNode('anxiety', { max: 5 });
      editor.commands.updateWorksheetNode('situation', { question: 'Changed' });
      editor.commands.updateWorksheetNode('traps', { items: [] });
      editor.commands.deleteWorksheetNode('thought');
      editor.commands.addGoalStep('walk', 'Sneaky step');
      editor.commands.setContent('<p>Gone</p>');
      editor.commands.clearContent();
    });
  });

  it('by undo: a client’s undo only takes back their own answers', () => {
    const templateBefore = template();
    placeCursor(editor, answerEnd(editor.state.doc, 'situation'));
    typeText(editor, '!');
    editor.commands.updateWorksheetNode('anxiety', { value: 7 });
    while (editor.commands.undo()) {
      // Undo everything this person did.
    }
    expect(stored()).toEqual(respondFixture());
    expect(template()).toEqual(templateBefore);
    expect(editor.commands.undo()).toBe(false);
  });
});

describe('respond mode: read-only', () => {
  it('changes nothing, not even answers', () => {
    const readOnly = createTestEditor(doc, 'respond', { readOnly: true });
    const before = stored();
    readOnly.commands.updateWorksheetNode('anxiety', { value: 3 });
    readOnly.commands.addEntry('diary');
    placeCursor(readOnly, answerEnd(readOnly.state.doc, 'situation'));
    typeText(readOnly, 'x');
    expect(stored()).toEqual(before);
    readOnly.destroy();
  });
});

import { paragraph, prompt } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { AllSelection } from '@tiptap/pm/state';
import { beforeEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { nodeById, templateOfDoc } from '../testing/read-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import {
  answerEnd,
  answerStart,
  placeCursor,
  positionOfText,
  pressKey,
  typeText,
} from '../testing/simulate-input.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';

const answerText = (doc: Y.Doc, id: string) =>
  (nodeById(readWorksheetContent(doc), id)?.content ?? []).map((block) =>
    (block.content ?? []).map((part) => part.text).join(''),
  );

let refusals: string[];
beforeEach(() => {
  refusals = [];
});

function respondEditor(doc: Y.Doc) {
  return createTestEditor(doc, 'respond', { onChangeRefused: (refused) => refusals.push(refused.reason) });
}

describe('Mod-a in respond mode', () => {
  it('selects the answer the cursor is in, and keeps it selected when pressed again', () => {
    const doc = seededDoc(respondFixture());
    const editor = respondEditor(doc);
    placeCursor(editor, answerEnd(editor.state.doc, 'situation') - 2);
    const answer = {
      from: answerStart(editor.state.doc, 'situation'),
      to: answerEnd(editor.state.doc, 'situation'),
    };
    expect(pressKey(editor, 'a', { mod: true })).toBe(true);
    expect(editor.state.selection).toMatchObject(answer);
    pressKey(editor, 'a', { mod: true });
    expect(editor.state.selection).toMatchObject(answer);
    expect(editor.state.selection).not.toBeInstanceOf(AllSelection);
  });

  it('lets typing replace the whole answer, several paragraphs long, and nothing else', () => {
    const doc = seededDoc(respondFixture());
    const editor = respondEditor(doc);
    placeCursor(editor, answerEnd(editor.state.doc, 'situation'));
    pressKey(editor, 'Enter');
    typeText(editor, 'Then at home');
    expect(answerText(doc, 'situation')).toEqual(['At work', 'Then at home']);
    const templateBefore = templateOfDoc(doc);
    pressKey(editor, 'a', { mod: true });
    typeText(editor, 'On the bus');
    expect(answerText(doc, 'situation')).toEqual(['On the bus']);
    expect(templateOfDoc(doc)).toEqual(templateBefore);
    expect(answerText(doc, 'thought')).toEqual(['']);
    expect(refusals).toEqual([]);
  });

  it('lets Backspace empty the answer after it', () => {
    const doc = seededDoc(respondFixture());
    const editor = respondEditor(doc);
    placeCursor(editor, answerStart(editor.state.doc, 'situation'));
    pressKey(editor, 'a', { mod: true });
    pressKey(editor, 'Backspace');
    expect(answerText(doc, 'situation')).toEqual(['']);
    expect(refusals).toEqual([]);
  });

  it('selects only the answer inside a diary entry', () => {
    const doc = seededDoc(respondFixture());
    const editor = respondEditor(doc);
    placeCursor(editor, positionOfText(editor.state.doc, 'A walk') + 2);
    pressKey(editor, 'a', { mod: true });
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('A walk');
    typeText(editor, 'A long walk');
    expect(answerText(doc, 'monday-notes')).toEqual(['A long walk']);
  });

  it('selects the innermost answer when an answer holds a question of its own', () => {
    const doc = seededDoc({
      type: 'doc',
      content: [
        paragraph('Instructions'),
        prompt({ id: 'outer', question: 'Outer' }, [
          paragraph('Before'),
          prompt({ id: 'inner', question: 'Inner' }, [paragraph('Inside')]),
        ]),
      ],
    });
    const editor = respondEditor(doc);
    placeCursor(editor, positionOfText(editor.state.doc, 'Inside') + 1);
    pressKey(editor, 'a', { mod: true });
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('Inside');
  });

  it('still selects everything outside an answer and in author mode', () => {
    const doc = seededDoc(respondFixture());
    const respond = respondEditor(doc);
    placeCursor(respond, positionOfText(respond.state.doc, 'Now rate'));
    pressKey(respond, 'a', { mod: true });
    expect(respond.state.selection).toBeInstanceOf(AllSelection);
    const author = createTestEditor(doc, 'author');
    placeCursor(author, answerEnd(author.state.doc, 'situation'));
    pressKey(author, 'a', { mod: true });
    expect(author.state.selection).toBeInstanceOf(AllSelection);
  });
});

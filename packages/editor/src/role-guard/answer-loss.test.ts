import { type AnsweredNode, choice, doc, paragraph, prompt } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { nodeById } from '../testing/read-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';
import { answerLossQuestion } from './confirm-answer-loss.js';

describe('author mode: removing answers asks first', () => {
  it('keeps a question that holds an answer when the therapist says no', () => {
    const worksheet = seededDoc(respondFixture());
    const asked: AnsweredNode[][] = [];
    const editor = createTestEditor(worksheet, 'author', {
      confirmAnswerLoss: (lost) => {
        asked.push([...lost]);
        return false;
      },
    });
    editor.commands.deleteWorksheetNode('situation');
    expect(asked.map((lost) => lost.map((answer) => answer.nodeId))).toEqual([['situation']]);
    expect(nodeById(readWorksheetContent(worksheet), 'situation')).toBeDefined();
  });

  it('removes it when the therapist confirms', () => {
    const worksheet = seededDoc(respondFixture());
    const editor = createTestEditor(worksheet, 'author', { confirmAnswerLoss: () => true });
    editor.commands.deleteWorksheetNode('diary');
    expect(nodeById(readWorksheetContent(worksheet), 'diary')).toBeUndefined();
  });

  it('does not ask for a question nobody answered yet', () => {
    const worksheet = seededDoc(respondFixture());
    let asked = 0;
    const editor = createTestEditor(worksheet, 'author', {
      confirmAnswerLoss: () => {
        asked += 1;
        return false;
      },
    });
    editor.commands.deleteWorksheetNode('thought');
    editor.commands.updateWorksheetNode('situation', { question: 'What happened this week?' });
    expect(asked).toBe(0);
    expect(nodeById(readWorksheetContent(worksheet), 'thought')).toBeUndefined();
    expect(nodeById(readWorksheetContent(worksheet), 'situation')?.attrs?.question).toBe(
      'What happened this week?',
    );
  });

  it('names what would be lost in the question', () => {
    expect(
      answerLossQuestion([
        { nodeId: 'a', nodeType: 'prompt', label: 'What happened?' },
        { nodeId: 'b', nodeType: 'entry', label: 'Mood diary, 2026-11-23' },
      ]),
    ).toContain('2 answers');
  });
});

describe('author mode: scored measures stay as published', () => {
  it('refuses to reword or remove a measure item, even for the therapist', () => {
    const item = choice({
      id: 'phq-1',
      label: 'Little interest or pleasure in doing things',
      options: [
        { value: 0, label: 'Not at all' },
        { value: 3, label: 'Nearly every day' },
      ],
      measureId: 'phq-9',
      measureVersion: 1,
      itemId: '1',
    });
    const worksheet = seededDoc(
      doc(prompt({ id: 'intro', question: 'Anything to add?' }), item, paragraph()),
    );
    const refusals: string[] = [];
    const editor = createTestEditor(worksheet, 'author', {
      confirmAnswerLoss: () => true,
      onChangeRefused: (refused) => refusals.push(refused.reason),
    });
    editor.commands.updateWorksheetNode('phq-1', { label: 'Reworded' });
    editor.commands.deleteWorksheetNode('phq-1');
    expect(nodeById(readWorksheetContent(worksheet), 'phq-1')?.attrs?.label).toBe(
      'Little interest or pleasure in doing things',
    );
    expect(refusals).toEqual(['measure-locked', 'measure-locked']);
    // Answering it in session is still fine.
    expect(editor.commands.updateWorksheetNode('phq-1', { value: 3 })).toBe(true);
    expect(nodeById(readWorksheetContent(worksheet), 'phq-1')?.attrs?.value).toBe(3);
  });
});

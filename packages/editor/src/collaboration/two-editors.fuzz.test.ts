import { readWorksheetContent } from '@interlude/schema/tiptap';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { bufferedRelay } from '../testing/buffered-relay.js';
import { contentOf, templateOfDoc } from '../testing/read-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { pick, seededRandom } from '../testing/seeded-random.js';
import { answerEnd, answerStart, pressKey, typeText } from '../testing/simulate-input.js';
import { createTestEditor, replicaOf, seededDoc } from '../testing/worksheet-test-editor.js';

type Action = (editor: Editor, random: () => number) => void;

function putCursor(editor: Editor, pos: number) {
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near(editor.state.doc.resolve(pos))));
}

const ANSWERS = ['situation', 'thought'];

// What both people do: answer, in the same places.
const ANSWERING: readonly Action[] = [
  (editor, random) => {
    const id = pick(random, ANSWERS);
    putCursor(editor, random() < 0.5 ? answerStart(editor.state.doc, id) : answerEnd(editor.state.doc, id));
    typeText(editor, pick(random, ['a', 'bc', ' ', 'word']));
  },
  (editor, random) => {
    putCursor(editor, answerEnd(editor.state.doc, pick(random, ANSWERS)));
    pressKey(editor, pick(random, ['Backspace', 'Enter']));
  },
  (editor, random) => editor.commands.updateWorksheetNode('anxiety', { value: Math.floor(random() * 11) }),
  (editor, random) =>
    editor.commands.updateWorksheetNode(pick(random, ['shoes', 'route']), { checked: random() < 0.5 }),
  (editor, random) =>
    editor.commands.updateWorksheetNode('traps', {
      checked: random() < 0.5 ? ['labelling'] : ['mind-reading'],
    }),
  (editor) => editor.commands.addEntry('diary'),
  (editor) => editor.commands.undo(),
];

// What only the therapist does: change the worksheet itself.
const AUTHORING: readonly Action[] = [
  (editor, random) =>
    editor.commands.updateWorksheetNode('planned', { label: pick(random, ['Planned?', 'Was it?']) }),
  (editor) => editor.commands.addGoalStep('walk', 'Another step'),
  (editor, random) => editor.commands.moveWorksheetNode(random() < 0.5 ? 'up' : 'down', 0),
];

describe('two people editing at once, randomized', () => {
  for (const seed of [5, 17]) {
    it(`converge, and only the therapist changes the template (seed ${seed}, 200 steps)`, () => {
      const random = seededRandom(seed);
      const clientDoc = seededDoc(respondFixture());
      const therapistDoc = replicaOf(clientDoc);
      const relay = bufferedRelay(clientDoc, therapistDoc);
      const client = createTestEditor(clientDoc, 'respond');
      const therapist = createTestEditor(therapistDoc, 'author', { confirmAnswerLoss: () => true });
      const templates = new Set([JSON.stringify(templateOfDoc(therapistDoc))]);

      for (let step = 0; step < 200; step += 1) {
        if (random() < 0.5) {
          const before = JSON.stringify(templateOfDoc(clientDoc));
          pick(random, ANSWERING)(client, random);
          expect(JSON.stringify(templateOfDoc(clientDoc)), `client step ${step}`).toBe(before);
        } else {
          pick(random, random() < 0.8 ? ANSWERING : AUTHORING)(therapist, random);
          templates.add(JSON.stringify(templateOfDoc(therapistDoc)));
        }
        const roll = random();
        if (roll < 0.15) relay.deliverToA();
        else if (roll < 0.3) relay.deliverToB();
        else if (roll < 0.4) relay.deliverAll();
      }
      relay.deliverAll();

      const merged = readWorksheetContent(clientDoc);
      expect(readWorksheetContent(therapistDoc)).toEqual(merged);
      expect(contentOf(client)).toEqual(merged);
      expect(contentOf(therapist)).toEqual(merged);
      // The therapist did change the template along the way, and the client's edits never did.
      expect(templates.size).toBeGreaterThan(1);
      relay.close();
      client.destroy();
      therapist.destroy();
    });
  }
});

import { readWorksheetContent } from '@interlude/schema/tiptap';
import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { contentOf, templateOfDoc } from '../testing/read-worksheet.js';
import { respondFixture } from '../testing/respond-fixture.js';
import { pick, seededRandom } from '../testing/seeded-random.js';
import { cut, dragSelectionTo, pasteHTML, pasteText, pressKey, typeText } from '../testing/simulate-input.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';

type Step = (editor: Editor, random: () => number) => void;

const KEYS: readonly [string, { shift?: boolean; mod?: boolean; alt?: boolean }][] = [
  ['Backspace', {}],
  ['Delete', {}],
  ['Enter', {}],
  ['Enter', { shift: true }],
  ['Enter', { mod: true }],
  ['Tab', {}],
  ['Tab', { shift: true }],
  ['a', { mod: true }],
  ['b', { mod: true }],
  ['z', { mod: true }],
  ['y', { mod: true }],
  ['z', { mod: true, shift: true }],
  ['ArrowUp', { alt: true }],
  ['ArrowDown', { alt: true }],
  ['Backspace', { mod: true }],
  ['Delete', { mod: true }],
];

const PASTES = [
  '<p>pasted</p>',
  '<h2>Heading</h2><p>and text</p>',
  '<ul><li><p>one</p></li><li><p>two</p></li></ul>',
  '<div data-type="prompt" data-question="Injected?"><p>x</p></div>',
  '<div data-type="scale" data-label="Injected" data-min="0" data-max="5" data-value="2"></div>',
  '<div data-type="entry" data-date="2026-01-01"><div data-type="field" data-label="T" data-field-type="text"></div></div>',
];

const IDS = [
  'situation',
  'thought',
  'anxiety',
  'planned',
  'traps',
  'walk',
  'shoes',
  'route',
  'bed',
  'diary',
  'monday',
];

function randomPosition(editor: Editor, random: () => number): number {
  return Math.floor(random() * (editor.state.doc.content.size + 1));
}

const STEPS: readonly Step[] = [
  (editor, random) => {
    const $pos = editor.state.doc.resolve(randomPosition(editor, random));
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.near($pos)));
  },
  (editor, random) => {
    const { doc } = editor.state;
    const a = doc.resolve(randomPosition(editor, random));
    const b = doc.resolve(randomPosition(editor, random));
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.between(a, b)));
  },
  (editor, random) => {
    const candidates: number[] = [];
    editor.state.doc.descendants((node, pos) => {
      if (NodeSelection.isSelectable(node)) candidates.push(pos);
    });
    if (candidates.length === 0) return;
    editor.view.dispatch(
      editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pick(random, candidates))),
    );
  },
  (editor) => editor.commands.selectAll(),
  (editor, random) => typeText(editor, pick(random, ['a', 'hello', ' ', '/', '1'])),
  (editor, random) => {
    const [key, modifiers] = pick(random, KEYS);
    pressKey(editor, key, modifiers);
  },
  (editor, random) =>
    editor.commands.keyboardShortcut(pick(random, ['Backspace', 'Delete', 'Enter', 'Mod-z'])),
  (editor) => cut(editor),
  (editor, random) => pasteHTML(editor, pick(random, PASTES)),
  (editor, random) => pasteText(editor, pick(random, ['text', 'two\nlines'])),
  (editor, random) => dragSelectionTo(editor, randomPosition(editor, random)),
  (editor) => editor.commands.undo(),
  (editor) => editor.commands.redo(),
  (editor, random) =>
    editor.commands.updateWorksheetNode(
      pick(random, IDS),
      pick(random, [
        { value: Math.floor(random() * 11) },
        { value: null },
        { value: 'done' },
        { checked: random() < 0.5 },
        { checked: ['labelling'] },
        { progress: 50 },
        { date: '2026-11-24' },
        { question: 'Changed?' },
        { label: 'Changed' },
        { max: 3 },
        { items: [] },
        { fields: [] },
      ]),
    ),
  (editor) => editor.commands.addEntry('diary'),
  (editor, random) => editor.commands.deleteWorksheetNode(pick(random, IDS)),
  (editor, random) => {
    const chain = editor.chain();
    const command = pick(random, [
      () => chain.joinBackward(),
      () => chain.joinForward(),
      () => chain.lift('paragraph'),
      () => chain.wrapIn('blockquote'),
      () => chain.toggleHeading({ level: 2 }),
      () => chain.setParagraph(),
      () => chain.splitBlock(),
      () => chain.deleteSelection(),
      () => chain.clearNodes(),
      () => chain.toggleBulletList(),
      () => chain.insertContent('<div data-type="goal" data-title="Injected"></div>'),
      () => chain.setContent('<p>replaced</p>'),
    ]);
    command().run();
  },
];

describe('respond mode, randomized', () => {
  for (const seed of [11, 23, 47]) {
    it(`never changes the template part (seed ${seed}, 150 steps)`, () => {
      const random = seededRandom(seed);
      const worksheet = seededDoc(respondFixture());
      const editor = createTestEditor(worksheet, 'respond');
      const template = templateOfDoc(worksheet);
      const responseStates = new Set<string>();

      for (let step = 0; step < 150; step += 1) {
        pick(random, STEPS)(editor, random);
        expect(templateOfDoc(worksheet), `step ${step}`).toEqual(template);
        const stored = readWorksheetContent(worksheet);
        expect(contentOf(editor), `step ${step}`).toEqual(stored);
        responseStates.add(JSON.stringify(stored));
      }

      // The run did answer things: the guard let the client's own changes through.
      expect(responseStates.size).toBeGreaterThan(10);
      editor.destroy();
    });
  }
});

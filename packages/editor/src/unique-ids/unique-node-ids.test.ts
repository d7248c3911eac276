import { doc, paragraph, prompt, scale } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { pasteHTML, placeCursor, positionOfText } from '../testing/simulate-input.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';

function ids(worksheet: ReturnType<typeof seededDoc>): string[] {
  return (readWorksheetContent(worksheet).content ?? [])
    .map((block) => block.attrs?.id as string | undefined)
    .filter((id): id is string => id !== undefined);
}

describe('unique node ids', () => {
  it('gives a pasted copy of a block a new id and leaves the original’s alone', () => {
    const worksheet = seededDoc(
      doc(paragraph('Intro'), scale({ id: 'mood', label: 'Mood', min: 0, max: 10 }), paragraph('End')),
    );
    const editor = createTestEditor(worksheet, 'author');
    placeCursor(editor, positionOfText(editor.state.doc, 'Intro') + 2);
    pasteHTML(
      editor,
      '<div data-type="scale" data-id="mood" data-label="Mood copy" data-min="0" data-max="10"></div>',
    );
    const after = ids(worksheet);
    expect(after).toHaveLength(2);
    expect(new Set(after).size).toBe(2);
    const original = readWorksheetContent(worksheet).content?.find((block) => block.attrs?.id === 'mood');
    expect(original?.attrs?.label).toBe('Mood');
  });

  it('keeps ids when blocks are only moved', () => {
    const worksheet = seededDoc(
      doc(
        prompt({ id: 'first', question: 'First?' }),
        prompt({ id: 'second', question: 'Second?' }),
        paragraph(),
      ),
    );
    const editor = createTestEditor(worksheet, 'author');
    editor.commands.moveWorksheetNode('down', 0);
    expect(ids(worksheet)).toEqual(['second', 'first']);
  });
});

import { doc, paragraph } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { describe, expect, it } from 'vitest';
import { contentOf } from '../testing/read-worksheet.js';
import { placeCursor, positionOfText } from '../testing/simulate-input.js';
import { createTestEditor, seededDoc } from '../testing/worksheet-test-editor.js';
import { matchingNodeKinds, WORKSHEET_NODE_KINDS } from './worksheet-node-kinds.js';

describe('inserting blocks in author mode', () => {
  it('inserts every kind, each valid and with a fresh id', () => {
    const worksheet = seededDoc(doc(paragraph('Intro')));
    const editor = createTestEditor(worksheet, 'author');
    for (const kind of WORKSHEET_NODE_KINDS) {
      placeCursor(editor, editor.state.doc.content.size - 1);
      expect(editor.commands.insertWorksheetNode(kind.key), kind.key).toBe(true);
    }
    const types = (readWorksheetContent(worksheet).content ?? []).map((block) => block.type);
    expect(types.filter((type) => type !== 'paragraph').sort()).toEqual(
      ['prompt', 'scale', 'goal', 'choice', 'checklist', 'field', 'entryGroup'].sort(),
    );
    const ids = (contentOf(editor).content ?? []).map((block) => block.attrs?.id).filter(Boolean);
    expect(new Set(ids).size).toBe(7);
    editor.state.doc.check();
  });

  it('puts the new block after the one holding the cursor', () => {
    const editor = createTestEditor(seededDoc(doc(paragraph('First'), paragraph('Second'))), 'author');
    placeCursor(editor, positionOfText(editor.state.doc, 'First') + 2);
    editor.commands.insertWorksheetNode('prompt');
    expect((contentOf(editor).content ?? []).map((block) => block.type)).toEqual([
      'paragraph',
      'prompt',
      'paragraph',
    ]);
  });

  it('is refused in respond mode', () => {
    const worksheet = seededDoc(doc(paragraph('Intro')));
    const editor = createTestEditor(worksheet, 'respond');
    expect(editor.commands.insertWorksheetNode).toBeUndefined();
    expect(readWorksheetContent(worksheet)).toEqual(doc(paragraph('Intro')));
  });

  it('filters kinds by what was typed after the slash', () => {
    expect(matchingNodeKinds('sca').map((kind) => kind.key)).toEqual(['scale']);
    expect(matchingNodeKinds('diary').map((kind) => kind.key)).toEqual(['entryGroup']);
    expect(matchingNodeKinds('')).toHaveLength(7);
  });
});

// @vitest-environment jsdom
// A real Tiptap editor needs a DOM; the package itself never touches one.
import { Editor } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { sampleWorksheet } from '../fixtures/sampleWorksheet.js';
import { classifyChange } from '../permissions/classifyChange.js';
import { templateCatalogue } from '../templates/templateCatalogue.js';
import { worksheetExtensions } from './extensions.js';

describe('worksheetExtensions in a Tiptap editor', () => {
  it('loads the sample worksheet and gives back the same JSON', () => {
    const editor = new Editor({ extensions: worksheetExtensions, content: sampleWorksheet() });
    expect(editor.getJSON()).toEqual(sampleWorksheet());
    editor.destroy();
  });

  it.each(templateCatalogue.map((template) => [template.id, template] as const))(
    '%s: opening it adds nothing to the template (no trailing paragraph)',
    (_id, template) => {
      const editor = new Editor({ extensions: worksheetExtensions, content: template.content });
      editor.commands.focus('end');
      expect(classifyChange(template.content, editor.getJSON())).toBe('none');
      editor.destroy();
    },
  );

  it("lets typing into a prompt's answer be a response change", () => {
    const editor = new Editor({ extensions: worksheetExtensions, content: sampleWorksheet() });
    let answerPosition = -1;
    editor.state.doc.descendants((node, position) => {
      if (node.type.name === 'prompt' && node.attrs.id === 'thought') answerPosition = position + 2;
    });
    editor.chain().setTextSelection(answerPosition).insertContent('They must think I failed.').run();
    const thought = editor.getJSON().content!.find((node) => node.attrs?.id === 'thought')!;
    expect(thought.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'They must think I failed.' }] },
    ]);
    expect(classifyChange(sampleWorksheet(), editor.getJSON())).toBe('response');
    editor.destroy();
  });
});

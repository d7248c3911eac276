import { doc, paragraph, type WorksheetJSON } from '@interlude/schema';
import { generateJSON } from '@tiptap/core';
import { expect } from 'vitest';
import { createTestEditor, seededDoc } from './worksheet-test-editor.js';

/**
 * Opens a worksheet holding `block` in an editor, reads it back as JSON and as HTML, parses that HTML with the
 * editor's own extensions and expects the same JSON. A paragraph follows the block, as the editor keeps one at
 * the end.
 */
export function expectRoundTrip(block: WorksheetJSON, dataType: string): void {
  const content = doc(paragraph('Before'), block, paragraph('After'));
  const editor = createTestEditor(seededDoc(content), 'author');
  expect(editor.getJSON()).toEqual(content);

  const html = editor.getHTML();
  expect(html).toContain(`data-type="${dataType}"`);
  expect(generateJSON(html, editor.options.extensions)).toEqual(content);
  editor.destroy();
}

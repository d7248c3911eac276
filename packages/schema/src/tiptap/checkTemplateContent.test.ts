import { expect, test } from 'vitest';
import { findTemplate } from '../templates/templateCatalogue.js';
import { checkTemplateContent } from './checkTemplateContent.js';

test('a built-in template’s content passes as it is', () => {
  const checked = checkTemplateContent(findTemplate('thought-record')!.content);
  expect(checked.ok).toBe(true);
});

test('content that is not a tree of blocks is refused with a reason, not thrown', () => {
  for (const content of ['text', 42, { content: 'x' }, { type: 'doc', content: [{ text: 'no type' }] }]) {
    const checked = checkTemplateContent(content);
    expect(checked).toMatchObject({ ok: false, problems: [{ code: 'invalid-structure' }] });
  }
});

test('a block the schema does not know is named by its position', () => {
  const checked = checkTemplateContent({ type: 'doc', content: [{ type: 'video' }] });
  expect(checked).toEqual({
    ok: false,
    problems: [
      { code: 'unknown-block', message: 'Block 1 is a “video”, a kind of block Interlude does not have.' },
    ],
  });
});

test('deep nesting is refused before anything recurses into it', () => {
  let node: Record<string, unknown> = { type: 'paragraph' };
  for (let level = 0; level < 1_000; level++) node = { type: 'blockquote', content: [node] };
  expect(checkTemplateContent({ type: 'doc', content: [node] })).toMatchObject({
    ok: false,
    problems: [{ code: 'nested-too-deep' }],
  });
});

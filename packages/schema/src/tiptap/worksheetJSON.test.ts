import type { JSONContent } from '@tiptap/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { WorksheetJSON } from '../content/worksheetJSON.js';

// WorksheetJSON copies Tiptap's JSONContent so the light entry needs no Tiptap; this keeps the copy faithful.
describe('WorksheetJSON', () => {
  it("is assignable to and from Tiptap's JSONContent", () => {
    expectTypeOf<WorksheetJSON>().toExtend<JSONContent>();
    expectTypeOf<JSONContent>().toExtend<WorksheetJSON>();
    const fromTiptap: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };
    const asWorksheet: WorksheetJSON = fromTiptap;
    expect(asWorksheet).toBe(fromTiptap);
  });
});

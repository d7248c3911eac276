import { updateYFragment } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { CONTENT_FIELD } from '../document/layout.js';
import { responsesOnTemplate } from '../permissions/responsesOnTemplate.js';
import { worksheetSchema } from './extensions.js';
import { readWorksheetContent } from './worksheetDoc.js';

/**
 * Brings `after`'s content fragment back to `before`'s template carrying `after`'s responses, with y-tiptap's
 * minimal diff (the same one the editor uses for every local edit): what the forbidden change removed comes
 * back as fresh items, what it added is deleted, and the responses' own items are left as they are.
 */
export function repairContent(before: Y.Doc, after: Y.Doc): void {
  const desired = responsesOnTemplate(readWorksheetContent(before), readWorksheetContent(after));
  const node = worksheetSchema.nodeFromJSON(desired);
  updateYFragment(after, after.getXmlFragment(CONTENT_FIELD), node, {
    mapping: new Map(),
    isOMark: new Map(),
  });
}

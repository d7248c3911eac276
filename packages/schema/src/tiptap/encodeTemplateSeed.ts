import * as Y from 'yjs';
import type { WorksheetJSON } from '../content/worksheetJSON.js';
import { assertMeasureItemsAsPublished } from '../permissions/assertMeasureItemsAsPublished.js';
import { worksheetMetaForTemplate } from '../templates/templateCatalogue.js';
import type { WorksheetTemplate } from '../templates/worksheetTemplate.js';
import { createWorksheetDoc, readWorksheetContent } from './worksheetDoc.js';

/** Content as the document stores it: every attribute present, so equal nodes compare equal. */
function storedContent(content: WorksheetJSON, template: WorksheetTemplate): WorksheetJSON {
  const doc = createWorksheetDoc(content, worksheetMetaForTemplate(template));
  try {
    return readWorksheetContent(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The seed of a worksheet assigned from `template`, as one Yjs update (see `encodeWorksheetSeed`). `content`
 * replaces the template's body with a tailored copy; for a scored measure that copy must keep the published
 * items (`assertMeasureItemsAsPublished`). Throws `WorksheetDocumentError` for content that does not fit the
 * schema and `MeasureItemsChangedError` for a measure's changed items.
 */
export function encodeTemplateSeed(
  template: WorksheetTemplate,
  options: { title?: string; content?: WorksheetJSON } = {},
): Uint8Array {
  const doc = createWorksheetDoc(
    options.content ?? template.content,
    worksheetMetaForTemplate(template, options.title ?? template.title),
  );
  try {
    if (template.measure && options.content) {
      const measureName = template.title;
      assertMeasureItemsAsPublished(
        measureName,
        storedContent(template.content, template),
        readWorksheetContent(doc),
      );
    }
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

import { readWorksheetMeta, scoreMeasure, WorksheetDocumentError } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import type * as Y from 'yjs';
import { type MeasureDisplay, measureDisplayOf } from '../measures/measure-display';
import { useDerivedFromDocument } from './useDerivedFromDocument';

function scoreOf(doc: Y.Doc): MeasureDisplay | null {
  try {
    const score = scoreMeasure(readWorksheetContent(doc), readWorksheetMeta(doc));
    return score ? measureDisplayOf(score) : null;
  } catch (error) {
    // A measure this app does not know (written by a newer one) or meta still syncing: the server scores
    // and reports it; the page stays usable and the practice's crisis text is still shown.
    if (error instanceof WorksheetDocumentError) return null;
    throw error;
  }
}

/**
 * The measure scored in the browser from the live document (from the catalogue, like the server), so a
 * client's item 9 answer brings up crisis help at once, offline too.
 */
export function useLiveMeasure(doc: Y.Doc | null): MeasureDisplay | null {
  return useDerivedFromDocument(doc, scoreOf);
}

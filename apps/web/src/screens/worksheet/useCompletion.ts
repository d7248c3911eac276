import { type Completion, completion } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import type * as Y from 'yjs';
import { useDerivedFromDocument } from './useDerivedFromDocument';

const completionOf = (doc: Y.Doc) => completion(readWorksheetContent(doc));

/** How many required answers are given, kept current as anyone edits. */
export function useCompletion(doc: Y.Doc | null): Completion | null {
  return useDerivedFromDocument(doc, completionOf);
}

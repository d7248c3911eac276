import { jsonEqual } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { useCallback, useEffect, useRef } from 'react';
import type * as Y from 'yjs';

/**
 * Whether the template on screen differs from what was last saved. The content is compared, not counted
 * in edits, so typing a word and deleting it again is not a change; the details form reports its own edits.
 */
export function useUnsavedTemplateChanges(doc: Y.Doc | null) {
  const savedContent = useRef<unknown>(null);
  const detailsEdited = useRef(false);

  // The content as seeded is the baseline: nothing is unsaved on opening.
  useEffect(() => {
    savedContent.current = doc ? readWorksheetContent(doc) : null;
  }, [doc]);

  const hasUnsavedChanges = useCallback(() => {
    if (!doc) return false;
    return detailsEdited.current || !jsonEqual(readWorksheetContent(doc), savedContent.current);
  }, [doc]);

  return {
    hasUnsavedChanges,
    /** The details form changed (any input in it). */
    noteDetailsEdited: () => {
      detailsEdited.current = true;
    },
    /** What was just saved is the new baseline. */
    noteSaved: (content: unknown) => {
      savedContent.current = content;
      detailsEdited.current = false;
    },
  };
}

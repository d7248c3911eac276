import { templateProjection, type WorksheetJSON } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import type { Editor, JSONContent } from '@tiptap/core';
import type * as Y from 'yjs';

/** The editor's document as plain worksheet JSON. */
export function contentOf(editor: Editor): WorksheetJSON {
  return editor.getJSON() as JSONContent;
}

/** The first node with this id anywhere in the JSON. */
export function nodeById(json: WorksheetJSON, id: string): WorksheetJSON | undefined {
  if (json.attrs?.id === id) return json;
  for (const child of json.content ?? []) {
    const found = nodeById(child, id);
    if (found) return found;
  }
  return undefined;
}

/** The template part of what the Y.Doc holds (what no client may change). */
export function templateOfDoc(doc: Y.Doc): WorksheetJSON {
  return templateProjection(readWorksheetContent(doc));
}

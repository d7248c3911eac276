import { type CommentRecord, readCommentRecords, type WorksheetJSON } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import * as Y from 'yjs';
import type { WorksheetDocuments } from '../api/api-dependencies.js';

/** What the record and the review read from a stored worksheet document: its content and its comments. */
export interface WorksheetContent {
  content: WorksheetJSON;
  comments: CommentRecord[];
}

/** Loads the stored document into a scratch Y.Doc, reads it, and lets it go. */
export async function loadWorksheetContent(
  documents: WorksheetDocuments,
  worksheetId: string,
): Promise<WorksheetContent> {
  const doc = new Y.Doc();
  try {
    const updates = await documents.load(worksheetId);
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return { content: readWorksheetContent(doc), comments: readCommentRecords(doc) };
  } finally {
    doc.destroy();
  }
}

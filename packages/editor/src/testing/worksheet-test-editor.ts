import { CONTENT_FIELD, type WorksheetJSON, type WorksheetMeta } from '@interlude/schema';
import { createWorksheetDoc } from '@interlude/schema/tiptap';
import { Editor } from '@tiptap/core';
import * as Y from 'yjs';
import type { WorksheetMode } from '../mode/worksheet-mode.js';
import {
  type WorksheetEditorSetup,
  worksheetEditorExtensions,
} from '../worksheet-editor/worksheet-editor-extensions.js';

export const TEST_META: WorksheetMeta = {
  schemaVersion: 1,
  title: 'Test worksheet',
  kind: 'worksheet',
  templateId: null,
  templateVersion: null,
};

export const TEST_USER = { id: 'test-user', name: 'Test User', color: '#1f6feb' };

/** A worksheet Y.Doc seeded once from JSON, as it is when assigned. */
export function seededDoc(content: WorksheetJSON, meta: WorksheetMeta = TEST_META): Y.Doc {
  return createWorksheetDoc(content, meta);
}

export type TestEditorOptions = Partial<Omit<WorksheetEditorSetup, 'doc' | 'field' | 'mode'>>;

/** A real headless worksheet editor bound to `doc`, as the app builds it (without React). */
export function createTestEditor(doc: Y.Doc, mode: WorksheetMode, options: TestEditorOptions = {}): Editor {
  const editor = new Editor({
    extensions: worksheetEditorExtensions({
      doc,
      field: CONTENT_FIELD,
      awareness: null,
      mode,
      readOnly: false,
      user: TEST_USER,
      confirmAnswerLoss: () => false,
      today: () => '2026-11-26',
      ...options,
    }),
    editable: !options.readOnly,
  });
  openTestEditors.add(editor);
  return editor;
}

/**
 * Editors a test file has created and not yet destroyed. A live ProseMirror view keeps DOM
 * observers whose timers would otherwise fire after jsdom is torn down.
 */
const openTestEditors = new Set<Editor>();

/** Destroys every test editor still open; run after each test by the editor project's setup file. */
export function destroyOpenTestEditors(): void {
  for (const editor of openTestEditors) {
    if (!editor.isDestroyed) editor.destroy();
  }
  openTestEditors.clear();
}

/** A copy of a document that shares its history, for a second person working on it. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
  return replica;
}

/** Keeps two documents in sync in both directions as they change (an in-memory relay). */
export function connect(a: Y.Doc, b: Y.Doc): () => void {
  const toB = (update: Uint8Array, origin: unknown) => origin !== b && Y.applyUpdate(b, update, a);
  const toA = (update: Uint8Array, origin: unknown) => origin !== a && Y.applyUpdate(a, update, b);
  a.on('update', toB);
  b.on('update', toA);
  return () => {
    a.off('update', toB);
    b.off('update', toA);
  };
}

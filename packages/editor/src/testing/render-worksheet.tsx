import type { WorksheetJSON, WorksheetMeta } from '@interlude/schema';
import { readWorksheetContent } from '@interlude/schema/tiptap';
import { render, waitFor } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { expect } from 'vitest';
import type { WorksheetMode } from '../mode/worksheet-mode.js';
import { WorksheetEditor } from '../worksheet-editor/WorksheetEditor.js';
import { nodeById } from './read-worksheet.js';
import { respondFixture } from './respond-fixture.js';
import { seededDoc, TEST_USER } from './worksheet-test-editor.js';

export interface RenderWorksheetOptions {
  readOnly?: boolean;
  confirm?: () => boolean;
  content?: WorksheetJSON;
  meta?: WorksheetMeta;
}

/** The `WorksheetEditor` component on a seeded document, once every node view has rendered. */
export async function renderWorksheet(mode: WorksheetMode, options: RenderWorksheetOptions = {}) {
  const doc = seededDoc(options.content ?? respondFixture(), options.meta);
  let ready: Editor | null = null;
  const { container } = render(
    <WorksheetEditor
      doc={doc}
      awareness={null}
      mode={mode}
      readOnly={options.readOnly}
      user={TEST_USER}
      confirmAnswerLoss={options.confirm}
      onEditorReady={(editor) => {
        ready = editor;
      }}
    />,
  );
  // Node views mount in a microtask after the editor: wait until every one has rendered.
  await waitFor(() => expect(container.querySelectorAll('.react-renderer:empty')).toHaveLength(0));
  const answerOf = (id: string) => nodeById(readWorksheetContent(doc), id)?.attrs;
  const editor = (): Editor => {
    if (!ready) throw new Error('the editor is not ready');
    return ready;
  };
  return { doc, container, answerOf, editor };
}

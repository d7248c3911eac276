import { type AnsweredNode, CONTENT_FIELD } from '@interlude/schema';
import type { Editor } from '@tiptap/core';
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CommentsController } from '../comments/comments-controller.js';
import { SelectionCommentButton } from '../comments/SelectionCommentButton.js';
import { type WorksheetMode, worksheetModeOf } from '../mode/worksheet-mode.js';
import { confirmWithBrowserDialog } from '../role-guard/confirm-answer-loss.js';
import { refusalMessage } from '../role-guard/refusal-message.js';
import { SlashMenuPopup } from '../slash-menu/SlashMenuPopup.js';
import { RefusalNoticeRegion, useRefusalNotice } from './RefusalNotice.js';
import { useLatest } from './use-latest.js';
import { useNewerThanApp } from './use-newer-than-app.js';
import { WorksheetToolbar } from './WorksheetToolbar.js';
import { worksheetEditorExtensions } from './worksheet-editor-extensions.js';

export interface WorksheetEditorProps {
  /** The worksheet document (content in `doc.getXmlFragment(CONTENT_FIELD)`). */
  doc: Y.Doc;
  /** The provider's awareness; null while not connected yet (no carets then). */
  awareness: Awareness | null;
  /** Therapist writing or customising vs client answering. */
  mode: WorksheetMode;
  /** An archived client with read-only access, or an app older than the document. */
  readOnly?: boolean;
  /** Whether a read-only worksheet says so above it (default true). A preview of what a client sees has no such line. */
  showReadOnlyNotice?: boolean;
  user: { id: string; name: string; color: string };
  onEditorReady?: (editor: Editor) => void;
  /** Asked before answers are removed in author mode. Default: the browser's confirm dialog. */
  confirmAnswerLoss?: (lost: readonly AnsweredNode[]) => boolean;
  /** Comments on this worksheet: highlights and commenting here, the threads in a `CommentsPanel`. */
  comments?: CommentsController | null;
}

/**
 * A worksheet, editable as the mode allows; read-only when asked to be or when the document comes from a newer
 * app. The editor is rebuilt when the document, the awareness, the mode, read-only or the comments controller
 * changes, so every plugin always agrees on the mode.
 */
export function WorksheetEditor(props: WorksheetEditorProps) {
  const { doc, awareness, mode, user } = props;
  const comments = props.comments ?? null;
  const newerThanApp = useNewerThanApp(doc);
  const readOnly = (props.readOnly ?? false) || newerThanApp;
  const refusal = useRefusalNotice();
  const confirmAnswerLoss = useLatest(props.confirmAnswerLoss ?? confirmWithBrowserDialog);
  const onEditorReady = useLatest(props.onEditorReady);
  const initialUser = useLatest(user);

  const editor = useEditor(
    {
      extensions: worksheetEditorExtensions({
        doc,
        field: CONTENT_FIELD,
        awareness,
        mode,
        readOnly,
        user: initialUser.current,
        confirmAnswerLoss: (lost) => confirmAnswerLoss.current(lost),
        onChangeRefused: (refused) => refusal.show(refusalMessage(refused)),
        comments,
      }),
      editable: !readOnly,
      editorProps: {
        attributes: {
          class: 'interlude-worksheet__content',
          'aria-label': mode === 'author' ? 'Worksheet, editing' : 'Worksheet',
          ...(readOnly ? { 'aria-readonly': 'true' } : {}),
        },
      },
      onUpdate: refusal.clear,
    },
    [doc, awareness, mode, readOnly, comments],
  );

  useEffect(() => {
    if (editor) onEditorReady.current?.(editor);
  }, [editor, onEditorReady]);

  // A renamed person or a new colour shows on their caret without rebuilding the editor.
  useEffect(() => {
    awareness?.setLocalStateField('user', { id: user.id, name: user.name, color: user.color });
  }, [awareness, user.id, user.name, user.color]);

  return (
    <div
      className={`interlude-worksheet interlude-worksheet--${mode}`}
      data-mode={mode}
      data-read-only={readOnly}
    >
      {readOnly ? (
        newerThanApp || (props.showReadOnlyNotice ?? true) ? (
          <p className="interlude-worksheet__notice">
            {newerThanApp
              ? 'This worksheet was saved by a newer version of Interlude. Reload the page to edit it.'
              : 'This worksheet is read-only.'}
          </p>
        ) : null
      ) : (
        <WorksheetToolbar editor={editor} />
      )}
      <EditorContent editor={editor} />
      {comments?.canComment && editor ? <SelectionCommentButton editor={editor} comments={comments} /> : null}
      {/* The editor's own mode: during a mode switch the old editor is still the one shown. */}
      {worksheetModeOf(editor).mode === 'author' && !readOnly ? <SlashMenuPopup editor={editor} /> : null}
      <RefusalNoticeRegion notice={refusal.notice} />
    </div>
  );
}

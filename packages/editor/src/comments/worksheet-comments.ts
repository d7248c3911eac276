import { CommentMark } from '@interlude/schema/tiptap';
import { COMMENT_SHORTCUT } from './comment-shortcut.js';
import type { CommentsController } from './comments-controller.js';
import { commentsPlugin } from './comments-plugin.js';
import { takeSelectionFromPage } from './selection-from-dom.js';

export interface WorksheetCommentsOptions {
  /** Null: the mark renders, but nothing can be commented on or highlighted (no comments on this page). */
  controller: CommentsController | null;
}

export interface WorksheetCommentsStorage {
  controller: CommentsController | null;
}

declare module '@tiptap/core' {
  interface Storage {
    comment: WorksheetCommentsStorage;
  }
}

/**
 * The schema's comment mark with what the editor does with comments: the highlights and the active thread
 * (`commentsPlugin`), a click on an anchor choosing its thread, and Mod-Alt-M to comment on the selection.
 * The mark itself (its one attribute, overlap, not inclusive) stays the schema's, so documents agree.
 */
export const WorksheetComments = CommentMark.extend<WorksheetCommentsOptions, WorksheetCommentsStorage>({
  addOptions() {
    return { controller: null };
  },

  addStorage() {
    return { controller: this.options.controller };
  },

  addProseMirrorPlugins() {
    const { controller } = this.options;
    const { editor } = this;
    if (!controller) return [];
    return [
      commentsPlugin({
        initial: () => controller.anchorStates(),
        onAnchorClick: (threadId) => controller.select(threadId, 'worksheet'),
        onViewReady: () => controller.attach(editor),
      }),
    ];
  },

  addKeyboardShortcuts() {
    const { controller } = this.options;
    return {
      [COMMENT_SHORTCUT]: ({ editor }) => {
        if (!controller) return false;
        takeSelectionFromPage(editor.view);
        return controller.beginTextComment();
      },
    };
  },
});

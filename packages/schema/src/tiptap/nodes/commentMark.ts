import { Mark, mergeAttributes } from '@tiptap/core';
import { COMMENT_MARK } from '../../comments/commentRecord.js';

/**
 * Anchors a comment thread in text; carries only the thread id (the thread lives in the `comments` map).
 * Not inclusive, so typing at its edge does not stretch it; `excludes: ''` lets threads overlap.
 * Anyone may add or remove it anywhere: it is not part of the template (see `templateProjection`).
 */
export const CommentMark = Mark.create({
  name: COMMENT_MARK,
  inclusive: false,
  excludes: '',

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element: { getAttribute(name: string): string | null }) =>
          element.getAttribute('data-comment-thread'),
        renderHTML: (attributes: { threadId?: string | null }) =>
          attributes.threadId ? { 'data-comment-thread': attributes.threadId } : {},
      },
    };
  },

  parseHTML() {
    return [{ tag: 'span[data-comment-thread]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes, { class: 'comment-anchor' }), 0];
  },
});

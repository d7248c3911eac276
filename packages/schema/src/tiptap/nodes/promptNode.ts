import { mergeAttributes, Node } from '@tiptap/core';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from '../../nodes/nodeNames.js';
import { booleanAttribute, idAttribute, textAttribute } from '../htmlAttributes.js';

/** A question from the therapist; its content is the client's rich-text answer. */
export const PromptNode = Node.create({
  name: NODE_NAMES.prompt,
  group: `block ${ENTRY_ITEM_GROUP}`,
  content: 'block+',
  // The answer is a unit of its own: joins and backspace stop at its border.
  isolating: true,
  defining: true,

  addAttributes() {
    return {
      id: idAttribute(),
      question: textAttribute('question'),
      guidance: textAttribute('guidance'),
      required: booleanAttribute('required', false),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.prompt}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.prompt }), 0];
  },
});

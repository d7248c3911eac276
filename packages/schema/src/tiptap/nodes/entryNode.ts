import { mergeAttributes, Node } from '@tiptap/core';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from '../../nodes/nodeNames.js';
import { idAttribute, textAttribute } from '../htmlAttributes.js';

/** One row of an entry group; it and everything in it belong to the client. */
export const EntryNode = Node.create({
  name: NODE_NAMES.entry,
  content: `${ENTRY_ITEM_GROUP}+`,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute(),
      date: textAttribute('date', null),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.entry}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.entry }), 0];
  },
});

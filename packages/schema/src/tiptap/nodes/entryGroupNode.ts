import { mergeAttributes, Node } from '@tiptap/core';
import { NODE_NAMES } from '../../nodes/nodeNames.js';
import { idAttribute, jsonAttribute, textAttribute } from '../htmlAttributes.js';

/** A diary or log: the therapist defines the fields, the client adds one entry per day or attempt. */
export const EntryGroupNode = Node.create({
  name: NODE_NAMES.entryGroup,
  group: 'block',
  content: `${NODE_NAMES.entry}*`,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute(),
      label: textAttribute('label'),
      entryLabel: textAttribute('entryLabel'),
      fields: jsonAttribute('fields', []),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.entryGroup}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.entryGroup }), 0];
  },
});

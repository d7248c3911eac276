import { mergeAttributes, Node } from '@tiptap/core';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from '../../nodes/nodeNames.js';
import {
  booleanAttribute,
  idAttribute,
  jsonAttribute,
  numberAttribute,
  textAttribute,
} from '../htmlAttributes.js';

/** Pick one of a few labelled options (a measure item, a yes/no, planned/done). */
export const ChoiceNode = Node.create({
  name: NODE_NAMES.choice,
  group: `block ${ENTRY_ITEM_GROUP}`,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      id: idAttribute(),
      label: textAttribute('label'),
      options: jsonAttribute('options', []),
      measureId: textAttribute('measureId', null),
      measureVersion: numberAttribute('measureVersion', null),
      itemId: textAttribute('itemId', null),
      required: booleanAttribute('required', false),
      // JSON-encoded so that a numeric option value stays a number through HTML.
      value: jsonAttribute('value', null),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.choice}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.choice })];
  },
});

import { mergeAttributes, Node } from '@tiptap/core';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from '../../nodes/nodeNames.js';
import { booleanAttribute, idAttribute, jsonAttribute, textAttribute } from '../htmlAttributes.js';

/** A short typed answer: a time, a number of minutes, a date, yes/no, a line of text. */
export const FieldNode = Node.create({
  name: NODE_NAMES.field,
  group: `block ${ENTRY_ITEM_GROUP}`,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      id: idAttribute(),
      label: textAttribute('label'),
      fieldType: textAttribute('fieldType', 'text'),
      unit: textAttribute('unit', null),
      metricKey: textAttribute('metricKey', null),
      required: booleanAttribute('required', false),
      // JSON-encoded: the value is a string, a number or a boolean depending on fieldType.
      value: jsonAttribute('value', null),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.field}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.field })];
  },
});

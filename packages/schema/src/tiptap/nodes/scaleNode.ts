import { mergeAttributes, Node } from '@tiptap/core';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from '../../nodes/nodeNames.js';
import {
  booleanAttribute,
  idAttribute,
  jsonAttribute,
  numberAttribute,
  textAttribute,
} from '../htmlAttributes.js';

/** A numeric rating with labelled ends (mood 0–10, SUDS 0–100). */
export const ScaleNode = Node.create({
  name: NODE_NAMES.scale,
  group: `block ${ENTRY_ITEM_GROUP}`,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      id: idAttribute(),
      label: textAttribute('label'),
      min: numberAttribute('min', 0),
      max: numberAttribute('max', 10),
      step: numberAttribute('step', 1),
      minLabel: textAttribute('minLabel'),
      maxLabel: textAttribute('maxLabel'),
      anchors: jsonAttribute('anchors', []),
      metricKey: textAttribute('metricKey', null),
      required: booleanAttribute('required', false),
      value: numberAttribute('value', null),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.scale}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.scale })];
  },
});

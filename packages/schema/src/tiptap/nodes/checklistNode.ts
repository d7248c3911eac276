import { mergeAttributes, Node } from '@tiptap/core';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from '../../nodes/nodeNames.js';
import { booleanAttribute, idAttribute, jsonAttribute, textAttribute } from '../htmlAttributes.js';

/** Tick the items that apply (thinking traps, skills used). */
export const ChecklistNode = Node.create({
  name: NODE_NAMES.checklist,
  group: `block ${ENTRY_ITEM_GROUP}`,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      id: idAttribute(),
      label: textAttribute('label'),
      items: jsonAttribute('items', []),
      required: booleanAttribute('required', false),
      checked: jsonAttribute('checked', []),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.checklist}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.checklist })];
  },
});

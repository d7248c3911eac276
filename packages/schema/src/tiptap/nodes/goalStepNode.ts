import { mergeAttributes, Node } from '@tiptap/core';
import { NODE_NAMES } from '../../nodes/nodeNames.js';
import { booleanAttribute, idAttribute, textAttribute } from '../htmlAttributes.js';

/** One action step of a goal; only lives inside a `goal`. */
export const GoalStepNode = Node.create({
  name: NODE_NAMES.goalStep,
  atom: true,
  selectable: true,

  addAttributes() {
    return {
      id: idAttribute(),
      text: textAttribute('text'),
      dueDate: textAttribute('dueDate', null),
      checked: booleanAttribute('checked', false),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.goalStep}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.goalStep })];
  },
});

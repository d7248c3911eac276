import { mergeAttributes, Node } from '@tiptap/core';
import { NODE_NAMES } from '../../nodes/nodeNames.js';
import { idAttribute, numberAttribute, textAttribute } from '../htmlAttributes.js';

/** A goal with its steps; `progress` (0–100) is the client's own estimate. */
export const GoalNode = Node.create({
  name: NODE_NAMES.goal,
  group: 'block',
  content: `${NODE_NAMES.goalStep}*`,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute(),
      title: textAttribute('title'),
      why: textAttribute('why'),
      targetDate: textAttribute('targetDate', null),
      progress: numberAttribute('progress', null),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.goal}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.goal }), 0];
  },
});

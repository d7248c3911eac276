import { mergeAttributes, Node } from '@tiptap/core';
import { z } from 'zod';
import { isoDateSchema } from '../document/isoDateSchema.js';
import { booleanAttribute, idAttribute, textAttribute } from './htmlAttributes.js';
import { NODE_NAMES } from './nodeNames.js';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const goalStepAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  text: z.string(),
  dueDate: isoDateSchema.nullable(),
  checked: z.boolean(),
});
export type GoalStepAttributes = z.infer<typeof goalStepAttributesSchema>;

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

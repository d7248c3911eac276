import { mergeAttributes, Node } from '@tiptap/core';
import { z } from 'zod';
import {
  booleanAttribute,
  idAttribute,
  jsonAttribute,
  numberAttribute,
  textAttribute,
} from './htmlAttributes.js';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from './nodeNames.js';
import { choiceOptionSchema, nodeIdAttributeSchema } from './optionSchemas.js';

export const choiceTemplateAttributesSchema = z.object({
  label: z.string(),
  options: z.array(choiceOptionSchema).min(1),
  // Set together on items of a scored measure: such items are locked for everyone.
  measureId: z.string().nullable(),
  measureVersion: z.number().int().nullable(),
  itemId: z.string().nullable(),
  required: z.boolean(),
});

export const choiceAttributesSchema = choiceTemplateAttributesSchema
  .extend({
    id: nodeIdAttributeSchema,
    value: z.union([z.string(), z.number()]).nullable(),
  })
  .refine(
    (choice) => choice.value === null || choice.options.some((option) => option.value === choice.value),
    {
      message: 'a choice value is one of its options',
    },
  )
  .refine((choice) => (choice.measureId === null) === (choice.measureVersion === null), {
    message: 'measureId and measureVersion are set together',
  });
export type ChoiceAttributes = z.infer<typeof choiceAttributesSchema>;

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

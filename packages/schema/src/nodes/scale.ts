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
import { nodeIdAttributeSchema, scaleAnchorSchema } from './optionSchemas.js';

export const scaleTemplateAttributesSchema = z.object({
  label: z.string(),
  min: z.number(),
  max: z.number(),
  step: z.number().positive(),
  minLabel: z.string(),
  maxLabel: z.string(),
  anchors: z.array(scaleAnchorSchema),
  metricKey: z.string().nullable(),
  required: z.boolean(),
});

export const scaleAttributesSchema = scaleTemplateAttributesSchema
  .extend({
    id: nodeIdAttributeSchema,
    // null = not answered yet, which is different from answering `min`.
    value: z.number().nullable(),
  })
  .refine((scale) => scale.min < scale.max, { message: 'a scale needs min < max' })
  .refine((scale) => scale.value === null || (scale.value >= scale.min && scale.value <= scale.max), {
    message: 'a scale value lies between min and max',
  });
export type ScaleAttributes = z.infer<typeof scaleAttributesSchema>;

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

import { mergeAttributes, Node } from '@tiptap/core';
import { z } from 'zod';
import { nodeIdSchema } from '../ids/nodeIdSchema.js';
import { booleanAttribute, idAttribute, jsonAttribute, textAttribute } from './htmlAttributes.js';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from './nodeNames.js';
import { checklistItemSchema, nodeIdAttributeSchema } from './optionSchemas.js';

export const checklistTemplateAttributesSchema = z.object({
  label: z.string(),
  items: z.array(checklistItemSchema).min(1),
  required: z.boolean(),
});

export const checklistAttributesSchema = checklistTemplateAttributesSchema
  .extend({
    id: nodeIdAttributeSchema,
    // Ids of the ticked items; empty until the client ticks one.
    checked: z.array(nodeIdSchema),
  })
  .refine((list) => list.checked.every((id) => list.items.some((item) => item.id === id)), {
    message: 'checked holds ids of the checklist items',
  });
export type ChecklistAttributes = z.infer<typeof checklistAttributesSchema>;

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

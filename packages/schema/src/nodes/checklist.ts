import { z } from 'zod';
import { nodeIdSchema } from '../ids/nodeIdSchema.js';
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

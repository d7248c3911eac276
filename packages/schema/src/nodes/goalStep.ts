import { z } from 'zod';
import { isoDateSchema } from '../document/isoDateSchema.js';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const goalStepAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  text: z.string(),
  dueDate: isoDateSchema.nullable(),
  checked: z.boolean(),
});
export type GoalStepAttributes = z.infer<typeof goalStepAttributesSchema>;

import { z } from 'zod';
import { isoDateSchema } from '../document/isoDateSchema.js';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const goalAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  title: z.string(),
  why: z.string(),
  targetDate: isoDateSchema.nullable(),
  progress: z.number().min(0).max(100).nullable(),
});
export type GoalAttributes = z.infer<typeof goalAttributesSchema>;

import { z } from 'zod';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const promptAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  question: z.string(),
  guidance: z.string(),
  required: z.boolean(),
});
export type PromptAttributes = z.infer<typeof promptAttributesSchema>;

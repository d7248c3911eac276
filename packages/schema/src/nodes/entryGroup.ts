import { z } from 'zod';
import { entryFieldDefinitionSchema } from './entryFieldDefinition.js';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const entryGroupAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  label: z.string(),
  // What one entry is called in the UI ("Night", "Practice", "Day").
  entryLabel: z.string(),
  fields: z.array(entryFieldDefinitionSchema).min(1),
});
export type EntryGroupAttributes = z.infer<typeof entryGroupAttributesSchema>;

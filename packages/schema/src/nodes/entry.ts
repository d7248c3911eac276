import { z } from 'zod';
import { isoDateSchema } from '../document/isoDateSchema.js';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const entryAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  // The day the client says it happened (their calendar, not the server's clock).
  date: isoDateSchema.nullable(),
});
export type EntryAttributes = z.infer<typeof entryAttributesSchema>;

import { z } from 'zod';
import { nodeIdSchema } from '../ids/nodeIdSchema.js';
import { checklistTemplateAttributesSchema } from './checklist.js';
import { choiceTemplateAttributesSchema } from './choice.js';
import { fieldTemplateAttributesSchema } from './field.js';
import { scaleTemplateAttributesSchema } from './scale.js';

/**
 * What each new entry of an `entryGroup` holds: one definition per node, with the node's template attributes.
 * `id` names the definition (stable across entries, e.g. `pleasure`); the nodes made from it get fresh ids.
 */
export const entryFieldDefinitionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('prompt'),
    id: nodeIdSchema,
    label: z.string(),
    guidance: z.string(),
    required: z.boolean(),
  }),
  scaleTemplateAttributesSchema.extend({ kind: z.literal('scale'), id: nodeIdSchema }),
  choiceTemplateAttributesSchema.extend({ kind: z.literal('choice'), id: nodeIdSchema }),
  checklistTemplateAttributesSchema.extend({ kind: z.literal('checklist'), id: nodeIdSchema }),
  fieldTemplateAttributesSchema.extend({ kind: z.literal('field'), id: nodeIdSchema }),
]);
export type EntryFieldDefinition = z.infer<typeof entryFieldDefinitionSchema>;
export type EntryFieldKind = EntryFieldDefinition['kind'];

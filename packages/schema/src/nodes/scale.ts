import { z } from 'zod';
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

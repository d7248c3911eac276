import { z } from 'zod';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const FIELD_TYPES = ['text', 'time', 'duration', 'number', 'date', 'yesno'] as const;
export const fieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof fieldTypeSchema>;

/**
 * The value each field type holds: `time` is the wall-clock `HH:MM`, `duration` whole minutes, `date` an ISO
 * day, `yesno` a boolean.
 */
export const fieldValueSchemas = {
  text: z.string(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is HH:MM'),
  duration: z.number().int().min(0),
  number: z.number(),
  date: z.iso.date(),
  yesno: z.boolean(),
} as const satisfies Record<FieldType, z.ZodType>;

export const fieldTemplateAttributesSchema = z.object({
  label: z.string(),
  fieldType: fieldTypeSchema,
  unit: z.string().nullable(),
  metricKey: z.string().nullable(),
  required: z.boolean(),
});

export const fieldAttributesSchema = fieldTemplateAttributesSchema
  .extend({
    id: nodeIdAttributeSchema,
    value: z.union([z.string(), z.number(), z.boolean()]).nullable(),
  })
  .refine(
    (field) => field.value === null || fieldValueSchemas[field.fieldType].safeParse(field.value).success,
    {
      message: "a field's value matches its fieldType",
    },
  );
export type FieldAttributes = z.infer<typeof fieldAttributesSchema>;

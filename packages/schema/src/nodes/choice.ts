import { z } from 'zod';
import { choiceOptionSchema, nodeIdAttributeSchema } from './optionSchemas.js';

export const choiceTemplateAttributesSchema = z.object({
  label: z.string(),
  options: z.array(choiceOptionSchema).min(1),
  // Set together on items of a scored measure: such items are locked for everyone.
  measureId: z.string().nullable(),
  measureVersion: z.number().int().nullable(),
  itemId: z.string().nullable(),
  required: z.boolean(),
});

export const choiceAttributesSchema = choiceTemplateAttributesSchema
  .extend({
    id: nodeIdAttributeSchema,
    value: z.union([z.string(), z.number()]).nullable(),
  })
  .refine(
    (choice) => choice.value === null || choice.options.some((option) => option.value === choice.value),
    {
      message: 'a choice value is one of its options',
    },
  )
  .refine((choice) => (choice.measureId === null) === (choice.measureVersion === null), {
    message: 'measureId and measureVersion are set together',
  });
export type ChoiceAttributes = z.infer<typeof choiceAttributesSchema>;

import { z } from 'zod';
import { nodeIdSchema } from '../ids/nodeIdSchema.js';

/** One answer a `choice` offers. Measures use numeric values (the item score); others may use strings. */
export const choiceOptionSchema = z.object({
  value: z.union([z.string(), z.number()]),
  label: z.string(),
});
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

/** A labelled point on a scale (SUDS 25 = "mild"). */
export const scaleAnchorSchema = z.object({ value: z.number(), label: z.string() });
export type ScaleAnchor = z.infer<typeof scaleAnchorSchema>;

/** One box of a checklist; `description` explains it to the client. */
export const checklistItemSchema = z.object({
  id: nodeIdSchema,
  label: z.string(),
  description: z.string(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** Shared by every node: `id` is null only before the node is inserted (see `createNodeId`). */
export const nodeIdAttributeSchema = nodeIdSchema.nullable();

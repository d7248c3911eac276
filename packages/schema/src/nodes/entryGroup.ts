import { mergeAttributes, Node } from '@tiptap/core';
import { z } from 'zod';
import { entryFieldDefinitionSchema } from './entryFieldDefinition.js';
import { idAttribute, jsonAttribute, textAttribute } from './htmlAttributes.js';
import { NODE_NAMES } from './nodeNames.js';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const entryGroupAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  label: z.string(),
  // What one entry is called in the UI ("Night", "Practice", "Day").
  entryLabel: z.string(),
  fields: z.array(entryFieldDefinitionSchema).min(1),
});
export type EntryGroupAttributes = z.infer<typeof entryGroupAttributesSchema>;

/** A diary or log: the therapist defines the fields, the client adds one entry per day or attempt. */
export const EntryGroupNode = Node.create({
  name: NODE_NAMES.entryGroup,
  group: 'block',
  content: `${NODE_NAMES.entry}*`,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute(),
      label: textAttribute('label'),
      entryLabel: textAttribute('entryLabel'),
      fields: jsonAttribute('fields', []),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.entryGroup}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.entryGroup }), 0];
  },
});

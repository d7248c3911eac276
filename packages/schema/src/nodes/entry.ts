import { mergeAttributes, Node } from '@tiptap/core';
import { z } from 'zod';
import { isoDateSchema } from '../document/isoDateSchema.js';
import { idAttribute, textAttribute } from './htmlAttributes.js';
import { ENTRY_ITEM_GROUP, NODE_NAMES } from './nodeNames.js';
import { nodeIdAttributeSchema } from './optionSchemas.js';

export const entryAttributesSchema = z.object({
  id: nodeIdAttributeSchema,
  // The day the client says it happened (their calendar, not the server's clock).
  date: isoDateSchema.nullable(),
});
export type EntryAttributes = z.infer<typeof entryAttributesSchema>;

/** One row of an entry group; it and everything in it belong to the client. */
export const EntryNode = Node.create({
  name: NODE_NAMES.entry,
  content: `${ENTRY_ITEM_GROUP}+`,
  isolating: true,

  addAttributes() {
    return {
      id: idAttribute(),
      date: textAttribute('date', null),
    };
  },

  parseHTML() {
    return [{ tag: `div[data-type="${NODE_NAMES.entry}"]` }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': NODE_NAMES.entry }), 0];
  },
});

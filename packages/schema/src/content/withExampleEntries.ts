import { entryFieldDefinitionSchema } from '../nodes/entryFieldDefinition.js';
import { NODE_NAMES } from '../nodes/nodeNames.js';
import { createEntryJSON } from './builders.js';
import type { WorksheetJSON } from './worksheetJSON.js';

/**
 * A copy of a worksheet in which every entry group without entries holds one empty example entry, made from
 * its field definitions as the client's "Add …" button would make it. For previews: a diary starts with no
 * entries, so its fields would otherwise stay out of sight. The date is left empty: the example is no day.
 * A group whose field definitions do not read is left as it is.
 */
export function withExampleEntries(content: WorksheetJSON): WorksheetJSON {
  if (content.type === NODE_NAMES.entryGroup) {
    if ((content.content ?? []).length > 0) return content;
    const fields = entryFieldDefinitionSchema.array().safeParse(content.attrs?.fields);
    return fields.success ? { ...content, content: [createEntryJSON(fields.data, null)] } : content;
  }
  if (content.content === undefined) return content;
  return { ...content, content: content.content.map(withExampleEntries) };
}

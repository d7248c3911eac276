import type { EntryFieldDefinition } from '@interlude/schema';

/**
 * Whether a group's entries carry a date field of their own (an action step's "By"). Their entry date would
 * then be a second, unexplained date beside it, so it is not shown; it is still kept as the day of writing.
 */
export function hasDateField(fields: readonly EntryFieldDefinition[] | undefined): boolean {
  return (fields ?? []).some((definition) => definition.kind === 'field' && definition.fieldType === 'date');
}

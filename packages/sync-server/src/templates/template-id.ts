import { newId } from '../people/new-id.js';

/**
 * A new own template's id. Built-in ids are slugs of `[a-z0-9-]` only, so the underscore in the prefix
 * keeps the two apart for good, whatever the catalogue adds later.
 */
export function newTemplateId(): string {
  return `tpl_${newId()}`;
}

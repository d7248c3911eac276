import { templateCatalogue } from '@interlude/schema';
import type { Accounts } from '../accounts.js';
import { builtInTemplates } from '../templates/built-in-templates.js';
import { practiceLibrary } from '../templates/practice-library.js';
import type { TemplateCatalogue } from './api-dependencies.js';

/** The templates this server offers: the schema package's built-in library and each practice's own. */
export function serverTemplateCatalogue(accounts: Pick<Accounts, 'templates'>): TemplateCatalogue {
  return practiceLibrary(builtInTemplates(templateCatalogue), accounts.templates);
}

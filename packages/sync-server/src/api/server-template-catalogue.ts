import { templateCatalogue } from '@interlude/schema';
import { schemaTemplateCatalogue } from './schema-template-catalogue.js';

/** The templates this server offers: the schema package's built-in library. */
export const serverTemplateCatalogue = schemaTemplateCatalogue(templateCatalogue);

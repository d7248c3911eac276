import { starterTemplates } from '../demo/starter-templates.js';
import { schemaTemplateCatalogue } from './schema-template-catalogue.js';

/** The templates this server offers. Switch to the schema package's catalogue once it exports one. */
export const serverTemplateCatalogue = schemaTemplateCatalogue(starterTemplates);

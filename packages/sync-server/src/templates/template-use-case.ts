import type { Accounts } from '../accounts.js';
import type { TemplateCatalogue } from '../api/api-dependencies.js';
import type { User } from '../people/people-types.js';

/** What every template use case works with: the stores, the audit log and the practice's catalogue. */
export interface TemplateUseCaseDependencies {
  accounts: Accounts;
  templates: TemplateCatalogue;
}

/** Who acts, and from where (for the audit entry). */
export interface TemplateActor {
  therapist: User;
  address?: string | null | undefined;
}

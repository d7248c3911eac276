import type { AuthorizeWorksheet, WorksheetAccess } from '../../src/relay/authorize.js';

/**
 * For tests and benchmarks only: lets everyone in, with the identity named in the query string
 * (`?user=…&role=client&readOnly=1`), or denies when asked to (`?deny=unauthenticated|forbidden|not-found`).
 */
export const queryStringAuthorizer: AuthorizeWorksheet = async (request) => {
  const params = new URL(request.url).searchParams;
  const deny = params.get('deny');
  if (deny === 'unauthenticated' || deny === 'forbidden' || deny === 'not-found') {
    return { denied: deny, reason: `Test authorizer denied: ${deny}` };
  }
  const userId = params.get('user') ?? 'test-user';
  const access: WorksheetAccess = {
    userId,
    role: params.get('role') === 'client' ? 'client' : 'therapist',
    displayName: params.get('name') ?? userId,
    readOnly: params.get('readOnly') === '1',
  };
  return access;
};

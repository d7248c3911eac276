import { type TemplateRefusal, TemplateRefused } from '../templates/template-refused.js';
import { ApiError } from './api-error.js';

/** Each template refusal's status and code; the use case's message and problems go along as they are. */
const answers: Record<TemplateRefusal, { status: 400 | 403 | 404 | 409 | 422; code: string }> = {
  // Missing and another practice's look the same, as for every other record of the API.
  'template-not-found': { status: 404, code: 'not-found' },
  'built-in-template': { status: 403, code: 'built-in-template' },
  'template-archived': { status: 409, code: 'template-archived' },
  'invalid-content': { status: 400, code: 'invalid-content' },
  'invalid-template-file': { status: 422, code: 'invalid-template-file' },
};

/** Rethrows a `TemplateRefused` as the API error it answers with; anything else as it is. */
export function templateRefusedAsApiError(error: unknown, notFoundCode = 'not-found'): never {
  if (!(error instanceof TemplateRefused)) throw error;
  const { status, code } = answers[error.reason];
  const problems = error.problems.length > 0 ? error.problems : undefined;
  throw new ApiError(status, status === 404 ? notFoundCode : code, error.message, {}, problems);
}

/** Runs a template use case, answering its refusals as API errors. */
export async function answeringRefusals<T>(work: () => Promise<T> | T, notFoundCode?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    templateRefusedAsApiError(error, notFoundCode);
  }
}

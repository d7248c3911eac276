import type { Hook } from '@hono/zod-openapi';
import type { ApiEnv } from './api-env.js';
import { ApiError } from './api-error.js';

/** Turns a failed zod validation into a 400 that names each field and what is wrong with it. */
// biome-ignore lint/suspicious/noExplicitAny: the hook is shared by routes with different inputs
export const validationHook: Hook<any, ApiEnv, any, any> = (result) => {
  if (result.success) return;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return `${field}: ${issue.message}`;
  });
  throw new ApiError(400, 'invalid-request', `The request is not valid: ${problems.join('; ')}.`);
};

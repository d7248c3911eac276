import { z } from '@hono/zod-openapi';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'not-found' }),
      message: z.string().openapi({ example: 'No such worksheet, or it is not yours to see.' }),
      problems: z
        .array(z.object({ code: z.string(), message: z.string() }))
        .optional()
        .openapi({ description: 'Every problem found, when there are several (a refused template file)' }),
    }),
  })
  .openapi('Error');

const errorDescriptions: Record<number, string> = {
  400: 'Malformed JSON, or fields of the wrong type or shape',
  401: 'Not signed in, or the session ended',
  403: 'Signed in but not allowed (a client on a therapist endpoint, or a foreign Origin)',
  404: 'Not found, or not yours: the two are indistinguishable',
  409: 'Conflicts with the current state',
  410: 'The link has expired or was already used',
  413: 'Request body too large',
  415: 'The body is not of a media type this endpoint reads',
  422: 'A template file that cannot be imported; `problems` lists why',
  429: 'Too many attempts; see Retry-After',
};

/** OpenAPI response entries for the listed error statuses, all with the Error body. */
export function errorResponses<const S extends keyof typeof errorDescriptions>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: errorDescriptions[status] ?? 'Error',
        content: { 'application/json': { schema: ErrorBody } },
      },
    ]),
  ) as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorBody } } }>;
}

export function jsonBody<T extends z.ZodType>(schema: T, description = 'Request body') {
  return { required: true, description, content: { 'application/json': { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

export {
  DisplayNameField as DisplayName,
  EmailField as Email,
  NewPasswordField as NewPassword,
} from '@interlude/schema/api';
export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
export const TokenParam = z.object({
  token: z
    .string()
    .min(1)
    .max(128)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ClientProgressView } from '@interlude/schema/api';
import { clientProgress } from '../../progress/client-progress.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { notFound } from '../api-error.js';
import { signedInCaller, therapistCaller } from '../caller.js';
import { ownClient } from '../reachable-records.js';
import { errorResponses, IdParam, jsonResponse } from '../schemas/common-schemas.js';

const clientProgressRoute = createRoute({
  method: 'get',
  path: '/clients/{id}/progress',
  tags: ['Progress'],
  summary: 'A client’s progress: homework completion, measure totals with their bands, metrics, goals',
  request: { params: IdParam },
  responses: { 200: jsonResponse(ClientProgressView, 'Progress'), ...errorResponses(401, 403, 404) },
});

const ownProgressRoute = createRoute({
  method: 'get',
  path: '/me/progress',
  tags: ['Progress'],
  summary: 'The signed-in client’s own progress (totals without severity bands)',
  responses: { 200: jsonResponse(ClientProgressView, 'Progress'), ...errorResponses(401, 404) },
});

export function progressRoutes({ accounts }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(clientProgressRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    return c.json(await clientProgress(accounts, client, 'therapist'), 200);
  });

  app.openapi(ownProgressRoute, async (c) => {
    const { user } = signedInCaller(c);
    const client = user.role === 'client' ? await accounts.clients.get(user.id) : undefined;
    if (!client) throw notFound('progress');
    return c.json(await clientProgress(accounts, client, 'client'), 200);
  });

  return app;
}

import { OpenAPIHono } from '@hono/zod-openapi';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ApiDependencies } from './api-dependencies.js';
import type { ApiEnv } from './api-env.js';
import { ApiError } from './api-error.js';
import { auditAccessRefused } from './audit-access-refused.js';
import { apiNotFound, createApiErrorHandler } from './error-handler.js';
import { identifyCaller } from './identify-caller.js';
import { type OpenApiDocumentLike, renderOpenApiDocsPage } from './openapi-docs-page.js';
import { requireAllowedOrigin } from './require-origin.js';
import { authRoutes } from './routes/auth-routes.js';
import { clientRoutes } from './routes/client-routes.js';
import { dashboardRoutes } from './routes/dashboard-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { invitationRoutes } from './routes/invitation-routes.js';
import { noteRoutes } from './routes/note-routes.js';
import { passwordResetRoutes } from './routes/password-reset-routes.js';
import { practiceRoutes } from './routes/practice-routes.js';
import { progressRoutes } from './routes/progress-routes.js';
import { seriesRoutes } from './routes/series-routes.js';
import { TEMPLATE_IMPORT_PATH, templateRoutes } from './routes/template-routes.js';
import { worksheetRoutes } from './routes/worksheet-routes.js';
import { worksheetStateRoute } from './routes/worksheet-state-route.js';
import { validationHook } from './validation-hook.js';

/** Largest JSON body the API reads; a tailored worksheet's content is the biggest legitimate one. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

const openApiInfo = {
  openapi: '3.0.3',
  info: {
    title: 'Interlude API',
    version: '1',
    description:
      'JSON API of Interlude. Sign in to get the `interlude_session` cookie; writes from a browser must come from ' +
      'an allowed Origin. Errors are always `{ "error": { "code", "message" } }`. Worksheet content is edited over ' +
      'the sync WebSocket at /sync/<worksheetId>; this API only downloads it for offline use (GET /worksheets/{id}/state).',
  },
  servers: [{ url: '/api' }],
};

/** The JSON API under /api: validation at the edge, one error handler, the OpenAPI document and its page. */
export function createApi(dependencies: ApiDependencies, logError: (error: unknown) => void = console.error) {
  const api = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  api.onError(createApiErrorHandler(logError, auditAccessRefused(dependencies.accounts)));
  const limitBody = bodyLimit({
    maxSize: MAX_API_BODY_BYTES,
    onError: () => {
      throw new ApiError(
        413,
        'body-too-large',
        `The request body is larger than the ${MAX_API_BODY_BYTES / 1024} KiB this API accepts.`,
      );
    },
  });
  // A template file's upload has the same limit, told in the file reader's words (templateRoutes).
  api.use('*', (c, next) => (c.req.path.endsWith(TEMPLATE_IMPORT_PATH) ? next() : limitBody(c, next)));
  api.use('*', requireAllowedOrigin(dependencies.config));
  api.use('*', identifyCaller(dependencies.accounts, dependencies.config));

  api.route('/', authRoutes(dependencies));
  api.route('/', invitationRoutes(dependencies));
  api.route('/', passwordResetRoutes(dependencies));
  api.route('/', clientRoutes(dependencies));
  api.route('/', worksheetRoutes(dependencies));
  api.route('/', worksheetStateRoute(dependencies));
  api.route('/', seriesRoutes(dependencies));
  api.route('/', practiceRoutes(dependencies));
  api.route('/', templateRoutes(dependencies));
  api.route('/', progressRoutes(dependencies));
  api.route('/', noteRoutes(dependencies));
  api.route('/', dashboardRoutes(dependencies));
  api.route('/', exportRoutes(dependencies));

  api.doc('/openapi.json', openApiInfo);
  api.get('/docs', (c) =>
    c.html(renderOpenApiDocsPage(api.getOpenAPIDocument(openApiInfo) as unknown as OpenApiDocumentLike)),
  );
  api.all('*', apiNotFound);
  return api;
}

/** Mounts the API at /api on the server's app. */
export function mountApi(
  app: Hono,
  dependencies: ApiDependencies,
  logError?: (error: unknown) => void,
): void {
  app.route('/api', createApi(dependencies, logError));
}

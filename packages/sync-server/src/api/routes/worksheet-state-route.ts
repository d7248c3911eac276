import { createHash } from 'node:crypto';
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { isOriginAllowed, requestHost } from '../../access/origin-policy.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { ApiError } from '../api-error.js';
import { signedInCaller } from '../caller.js';
import { reachableWorksheet } from '../reachable-records.js';
import { errorResponses, IdParam } from '../schemas/common-schemas.js';

const stateRoute = createRoute({
  method: 'get',
  path: '/worksheets/{id}/state',
  tags: ['Worksheets'],
  summary: 'A worksheet’s stored document as one Yjs update, to keep a copy on the device for offline use',
  description:
    'Decided like the sync WebSocket: the session cookie, an allowed Origin when one is sent (a cross-site ' +
    'request is refused), the same access rules; someone else’s worksheet is a 404 like a missing one. ' +
    'Recorded in the activity log as an open. Read-only: apply it with `Y.applyUpdate` (it merges, it never ' +
    'replaces); changes travel over /sync/<worksheetId>. Answers carry an `ETag`; send it back as ' +
    '`If-None-Match` and an unchanged document answers 304 with no body and no activity entry.',
  request: { params: IdParam },
  responses: {
    200: {
      description: 'The stored state (migrated to the current model, as the relay serves it)',
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
    },
    304: { description: 'Unchanged since the `ETag` sent as `If-None-Match`' },
    ...errorResponses(401, 403, 404),
  },
});

/** GET /worksheets/:id/state: what the offline prefetch downloads (docs/offline-data.md). */
export function worksheetStateRoute({ accounts, config, served }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(stateRoute, async (c) => {
    const { user } = signedInCaller(c);
    // The WebSocket upgrade demands an allowed Origin; a same-origin GET carries none, so refuse what a
    // browser marks as coming from another site, and any Origin that is not ours.
    const origin = c.req.header('origin');
    const fetchSite = c.req.header('sec-fetch-site');
    const crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
    if (crossSite || (origin && !isOriginAllowed(origin, config.allowedOrigins, requestHost(c.req.raw)))) {
      throw new ApiError(403, 'origin-not-allowed', 'This page’s origin may not open worksheets.');
    }
    const { worksheet, access } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    const state = await served.stateOf(worksheet.id);
    // A device that already holds this very state learns so in a few bytes: no body, nothing new seen.
    const etag = `"${createHash('sha256').update(state).digest('base64url').slice(0, 32)}"`;
    if (c.req.header('if-none-match') === etag) {
      return c.body(null, 304, { etag, 'cache-control': 'no-store' });
    }
    await accounts.audit.record({
      action: 'worksheet-opened',
      practiceId: user.practiceId,
      actorUserId: user.id,
      worksheetId: worksheet.id,
      address: c.get('address'),
      details: { role: user.role, readOnly: access.readOnly, channel: 'download' },
    });
    return c.body(state as Uint8Array<ArrayBuffer>, 200, {
      'content-type': 'application/octet-stream',
      etag,
      // Someone's homework: never kept by a shared cache or the browser's HTTP cache.
      'cache-control': 'no-store',
    });
  });

  return app;
}

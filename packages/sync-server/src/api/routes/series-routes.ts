import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { WorksheetSeriesView } from '@interlude/schema/api';
import { endSeries } from '../../worksheets/end-series.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { notFound } from '../api-error.js';
import { therapistCaller } from '../caller.js';
import { errorResponses, IdParam, jsonResponse } from '../schemas/common-schemas.js';
import { seriesView } from '../series-view.js';

const endRoute = createRoute({
  method: 'post',
  path: '/series/{id}/end',
  tags: ['Worksheets'],
  summary: 'End a repeating assignment early (therapist): no more occurrences; those created stay',
  description: 'Ending an ended series changes nothing and answers as the first time did.',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(z.object({ series: WorksheetSeriesView }), 'Ended'),
    ...errorResponses(401, 403, 404),
  },
});

export function seriesRoutes({ accounts }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(endRoute, async (c) => {
    const { user } = therapistCaller(c);
    const series = await accounts.series.get(c.req.valid('param').id);
    // Another therapist's series is answered exactly like a missing one.
    if (!series || !(await accounts.clients.getForTherapist(series.clientId, user.id)))
      throw notFound('repeating assignment');
    const ended = await endSeries(accounts, {
      series,
      reason: 'ended-by-therapist',
      therapist: user,
      address: c.get('address'),
    });
    return c.json({ series: seriesView(ended) }, 200);
  });

  return app;
}

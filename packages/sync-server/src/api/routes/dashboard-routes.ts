import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type ApiClientFigures,
  ClientFiguresView,
  FlagAcknowledgementInput,
  FlagAcknowledgementView,
  ReviewChangesView,
} from '@interlude/schema/api';
import { acknowledgeSafetyFlag, NoSafetyFlag } from '../../progress/acknowledge-safety-flag.js';
import { clientFigures } from '../../progress/client-figures.js';
import { newCommentsSince } from '../../progress/new-comments-since.js';
import { reviewChanges } from '../../progress/review-changes.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { ApiError } from '../api-error.js';
import { signedInCaller, therapistCaller } from '../caller.js';
import { reachableWorksheet } from '../reachable-records.js';
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../schemas/common-schemas.js';

const dashboardRoute = createRoute({
  method: 'get',
  path: '/dashboard',
  tags: ['Progress'],
  summary:
    'Per client: last activity, completion over the last 4 weeks, latest measure and change, open safety flag',
  responses: {
    200: jsonResponse(z.array(ClientFiguresView), 'One line per client'),
    ...errorResponses(401, 403),
  },
});

const acknowledgeRoute = createRoute({
  method: 'post',
  path: '/worksheets/{id}/acknowledge-flag',
  tags: ['Progress'],
  summary: 'Acknowledge a worksheet’s safety flag with a note (before or after hand-in); audited',
  request: { params: IdParam, body: jsonBody(FlagAcknowledgementInput) },
  responses: {
    200: jsonResponse(FlagAcknowledgementView, 'Acknowledged'),
    ...errorResponses(400, 401, 403, 404, 409, 413),
  },
});

const changesRoute = createRoute({
  method: 'get',
  path: '/worksheets/{id}/changes',
  tags: ['Progress'],
  summary: 'What the client added or changed since the therapist last marked the worksheet reviewed',
  request: { params: IdParam },
  responses: { 200: jsonResponse(ReviewChangesView, 'Changes'), ...errorResponses(401, 403, 404) },
});

export function dashboardRoutes({ accounts, documents }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(dashboardRoute, async (c) => {
    const { user } = therapistCaller(c);
    const clients = await accounts.clients.listForTherapist(user.id);
    const figures: ApiClientFigures[] = [];
    for (const client of clients) figures.push(await clientFigures(accounts, client));
    return c.json(figures, 200);
  });

  app.openapi(acknowledgeRoute, async (c) => {
    const { user } = signedInCaller(c);
    const { worksheet } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    therapistCaller(c);
    try {
      const acknowledgement = await acknowledgeSafetyFlag(accounts, {
        therapist: user,
        worksheet,
        note: c.req.valid('json').note,
        address: c.get('address'),
      });
      return c.json(
        {
          worksheetId: worksheet.id,
          acknowledgedAt: new Date(acknowledgement.acknowledgedAt).toISOString(),
          note: acknowledgement.note,
        },
        200,
      );
    } catch (error) {
      throw error instanceof NoSafetyFlag ? new ApiError(409, 'no-safety-flag', error.message) : error;
    }
  });

  app.openapi(changesRoute, async (c) => {
    const { user } = signedInCaller(c);
    const { worksheet } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    therapistCaller(c);
    const snapshot = await accounts.reviewSnapshots.latest(worksheet.id);
    const current = await accounts.derived.get(worksheet.id);
    const changes = current
      ? reviewChanges(snapshot?.derived ?? null, current)
      : { answers: [], newEntries: [] };
    return c.json(
      {
        worksheetId: worksheet.id,
        since: snapshot ? new Date(snapshot.reviewedAt).toISOString() : null,
        answers: changes.answers,
        newEntries: changes.newEntries.map((entry) => ({
          entryId: entry.entryId,
          date: entry.entryDate,
          groupLabel: entry.groupLabel,
        })),
        newComments: await newCommentsSince(accounts, documents, worksheet, snapshot?.reviewedAt ?? null),
      },
      200,
    );
  });

  return app;
}

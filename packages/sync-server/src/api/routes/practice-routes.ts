import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { isTimeZone } from '@interlude/schema';
import { AuditEntryView, PracticeView } from '@interlude/schema/api';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { signedInCaller, therapistCaller } from '../caller.js';
import { errorResponses, jsonBody, jsonResponse } from '../schemas/common-schemas.js';
import { practiceView } from '../views.js';

const getPracticeRoute = createRoute({
  method: 'get',
  path: '/practice',
  tags: ['Practice'],
  summary: 'The caller’s practice: its name and the crisis help text clients see',
  responses: { 200: jsonResponse(PracticeView, 'The practice'), ...errorResponses(401) },
});

const updatePracticeRoute = createRoute({
  method: 'patch',
  path: '/practice',
  tags: ['Practice'],
  summary: 'Change the practice name, crisis help text or time zone (therapist)',
  request: {
    body: jsonBody(
      z.object({
        name: z.string().trim().min(1).max(200).optional(),
        crisisText: z.string().trim().min(1, 'Crisis help text cannot be empty').max(2000).optional(),
        timeZone: z
          .string()
          .trim()
          .max(100)
          .refine(isTimeZone, 'Use a time zone name like Europe/London or America/New_York')
          .optional()
          .openapi({ description: 'IANA time zone; due dates are judged against today in it' }),
      }),
    ),
  },
  responses: { 200: jsonResponse(PracticeView, 'Updated'), ...errorResponses(400, 401, 403, 413) },
});

const auditRoute = createRoute({
  method: 'get',
  path: '/audit',
  tags: ['Audit'],
  summary: 'Audit entries of the therapist’s practice, newest first',
  request: {
    query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100).optional() }),
  },
  responses: { 200: jsonResponse(z.array(AuditEntryView), 'Entries'), ...errorResponses(400, 401, 403) },
});

export function practiceRoutes({ accounts }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(getPracticeRoute, async (c) => {
    const { user } = signedInCaller(c);
    return c.json(practiceView((await accounts.practices.get(user.practiceId))!), 200);
  });

  app.openapi(updatePracticeRoute, async (c) => {
    const { user } = therapistCaller(c);
    const changes = c.req.valid('json');
    const practice = await accounts.practices.update(user.practiceId, changes);
    await accounts.audit.record({
      action: 'practice-updated',
      practiceId: user.practiceId,
      actorUserId: user.id,
      address: c.get('address'),
      details: { fields: Object.keys(changes).join(',') },
    });
    return c.json(practiceView(practice), 200);
  });

  app.openapi(auditRoute, async (c) => {
    const { user } = therapistCaller(c);
    const limit = c.req.valid('query').limit ?? 100;
    const events = await accounts.audit.listForPractice(user.practiceId, limit);
    const names = new Map<string, string>();
    for (const event of events) {
      for (const id of [event.actorUserId, event.subjectUserId]) {
        if (id && !names.has(id))
          names.set(id, (await accounts.users.get(id))?.displayName ?? 'Removed account');
      }
    }
    const person = (id: string | null) => (id ? { id, displayName: names.get(id)! } : null);
    const entries = events.map((event) => ({
      id: event.id,
      occurredAt: new Date(event.occurredAt).toISOString(),
      action: event.action,
      actor: person(event.actorUserId),
      subject: person(event.subjectUserId),
      worksheetId: event.worksheetId,
      address: event.address,
      details: event.details,
    }));
    return c.json(entries, 200);
  });

  return app;
}

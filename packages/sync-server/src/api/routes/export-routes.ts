import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ClientExportView, WorksheetRecordView } from '@interlude/schema/api';
import { clientExport } from '../../export/client-export.js';
import { exportMarkdown } from '../../export/export-markdown.js';
import { worksheetRecord } from '../../export/worksheet-record.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { notFound } from '../api-error.js';
import { signedInCaller } from '../caller.js';
import { reachableWorksheet } from '../reachable-records.js';
import { errorResponses, IdParam, jsonResponse } from '../schemas/common-schemas.js';

const exportRoute = createRoute({
  method: 'get',
  path: '/clients/{id}/export',
  tags: ['Export'],
  summary:
    'A client’s whole record as a download, for their therapist or the client themself (404 to anyone else)',
  description:
    '`format=json` (default) or `format=md` (Markdown). Worksheets, answers, entries, comments and scores; the ' +
    'therapist’s copy adds their private notes, the client’s copy never has them.',
  request: {
    params: IdParam,
    query: z.object({ format: z.enum(['json', 'md']).default('json').optional() }),
  },
  responses: {
    200: {
      description: 'The record, as an attachment',
      content: {
        'application/json': { schema: ClientExportView },
        'text/markdown': { schema: z.string() },
      },
    },
    ...errorResponses(400, 401, 404),
  },
});

const recordRoute = createRoute({
  method: 'get',
  path: '/worksheets/{id}/record',
  tags: ['Export'],
  summary: 'One worksheet with its answers as a person reads them (the print view)',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(WorksheetRecordView, 'The worksheet and its answers'),
    ...errorResponses(401, 404),
  },
});

/** File names carry no personal data beyond the date: a download folder is not private. */
const fileName = (format: 'json' | 'md', now: number) =>
  `interlude-record-${new Date(now).toISOString().slice(0, 10)}.${format}`;

export function exportRoutes({ accounts, documents }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(exportRoute, async (c) => {
    const { user } = signedInCaller(c);
    const clientId = c.req.valid('param').id;
    const format = c.req.valid('query').format ?? 'json';
    const client =
      user.role === 'therapist'
        ? await accounts.clients.getForTherapist(clientId, user.id)
        : clientId === user.id
          ? await accounts.clients.get(user.id)
          : undefined;
    if (!client) throw notFound('client');
    const exported = await clientExport(
      accounts,
      documents,
      client,
      user.role === 'therapist' ? { forTherapist: user.id } : 'client',
    );
    c.header('Content-Disposition', `attachment; filename="${fileName(format, accounts.clock.now())}"`);
    c.header('Cache-Control', 'no-store');
    if (format === 'md') {
      c.header('Content-Type', 'text/markdown; charset=utf-8');
      return c.body(exportMarkdown(exported), 200);
    }
    return c.json(exported, 200);
  });

  app.openapi(recordRoute, async (c) => {
    const { user } = signedInCaller(c);
    const { worksheet, client } = await reachableWorksheet(accounts, user, c.req.valid('param').id);
    return c.json(await worksheetRecord(accounts, documents, worksheet, client), 200);
  });

  return app;
}

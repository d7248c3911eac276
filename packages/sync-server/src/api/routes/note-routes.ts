import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { PrivateNoteInput, PrivateNoteView } from '@interlude/schema/api';
import { noteView } from '../../notes/note-view.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { notFound } from '../api-error.js';
import { therapistCaller } from '../caller.js';
import { ownClient } from '../reachable-records.js';
import { errorResponses, IdParam, jsonBody, jsonResponse } from '../schemas/common-schemas.js';

const noteErrors = errorResponses(401, 403, 404);

const listRoute = createRoute({
  method: 'get',
  path: '/clients/{id}/notes',
  tags: ['Private notes'],
  summary: 'The therapist’s private notes about a client and their worksheets (never shown to the client)',
  request: { params: IdParam, query: z.object({ worksheetId: z.string().min(1).max(100).optional() }) },
  responses: { 200: jsonResponse(z.array(PrivateNoteView), 'Notes, oldest first'), ...noteErrors },
});

const addRoute = createRoute({
  method: 'post',
  path: '/clients/{id}/notes',
  tags: ['Private notes'],
  summary: 'Add a private note about the client, or about one of their worksheets',
  request: { params: IdParam, body: jsonBody(PrivateNoteInput) },
  responses: { 201: jsonResponse(PrivateNoteView, 'Added'), ...noteErrors, ...errorResponses(400, 413) },
});

const editRoute = createRoute({
  method: 'put',
  path: '/notes/{id}',
  tags: ['Private notes'],
  summary: 'Change a private note',
  request: { params: IdParam, body: jsonBody(PrivateNoteInput.pick({ body: true })) },
  responses: { 200: jsonResponse(PrivateNoteView, 'Changed'), ...noteErrors, ...errorResponses(400, 413) },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/notes/{id}',
  tags: ['Private notes'],
  summary: 'Delete a private note',
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...noteErrors },
});

/** Private notes: therapist routes only (a client gets 403), another therapist's note or client is 404. */
export function noteRoutes({ accounts }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();

  app.openapi(listRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    const { worksheetId } = c.req.valid('query');
    return c.json(
      (await accounts.notes.listForClient(client.userId, user.id, worksheetId)).map(noteView),
      200,
    );
  });

  app.openapi(addRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    const { body, worksheetId = null } = c.req.valid('json');
    if (worksheetId !== null && (await accounts.worksheets.get(worksheetId))?.clientId !== client.userId) {
      throw notFound('worksheet');
    }
    const note = await accounts.notes.add({
      therapistId: user.id,
      clientId: client.userId,
      worksheetId,
      body,
    });
    return c.json(noteView(note), 201);
  });

  app.openapi(editRoute, async (c) => {
    const { user } = therapistCaller(c);
    const note = await accounts.notes.getForTherapist(c.req.valid('param').id, user.id);
    if (!note) throw notFound('note');
    return c.json(noteView(await accounts.notes.update(note.id, c.req.valid('json').body)), 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const { user } = therapistCaller(c);
    const note = await accounts.notes.getForTherapist(c.req.valid('param').id, user.id);
    if (!note) throw notFound('note');
    await accounts.notes.delete(note.id);
    return c.body(null, 204);
  });

  return app;
}

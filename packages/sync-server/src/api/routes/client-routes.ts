import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ClientView, WorksheetView } from '@interlude/schema/api';
import { addClient } from '../../people/add-client.js';
import type { ApiDependencies } from '../api-dependencies.js';
import type { ApiEnv } from '../api-env.js';
import { ApiError } from '../api-error.js';
import { therapistCaller } from '../caller.js';
import { invitationPath, publicLink, resetPath } from '../public-links.js';
import { ownClient } from '../reachable-records.js';
import {
  DisplayName,
  Email,
  errorResponses,
  IdParam,
  jsonBody,
  jsonResponse,
} from '../schemas/common-schemas.js';
import { occurrencesOf } from '../series-view.js';
import { clientView, worksheetView } from '../views.js';

const therapistErrors = errorResponses(401, 403, 404);

const listClientsRoute = createRoute({
  method: 'get',
  path: '/clients',
  tags: ['Clients'],
  summary: 'The therapist’s clients with progress counts',
  responses: { 200: jsonResponse(z.array(ClientView), 'Clients, by name'), ...errorResponses(401, 403) },
});

const addClientRoute = createRoute({
  method: 'post',
  path: '/clients',
  tags: ['Clients'],
  summary: 'Add a client and get their invitation link (valid 7 days, single use)',
  request: { body: jsonBody(z.object({ displayName: DisplayName, email: Email })) },
  responses: {
    201: jsonResponse(z.object({ client: ClientView, invitationUrl: z.url() }), 'Client added'),
    ...errorResponses(400, 401, 403, 409, 413),
  },
});

const getClientRoute = createRoute({
  method: 'get',
  path: '/clients/{id}',
  tags: ['Clients'],
  summary: 'One client and their worksheets',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(z.object({ client: ClientView, worksheets: z.array(WorksheetView) }), 'The client'),
    ...therapistErrors,
  },
});

const newInvitationRoute = createRoute({
  method: 'post',
  path: '/clients/{id}/invitation',
  tags: ['Clients'],
  summary: 'A fresh invitation link for a client who has not accepted yet (earlier links stop working)',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(z.object({ invitationUrl: z.url() }), 'New link'),
    ...therapistErrors,
    ...errorResponses(409),
  },
});

const resetLinkRoute = createRoute({
  method: 'post',
  path: '/clients/{id}/reset-link',
  tags: ['Clients'],
  summary: 'A one-time password reset link for a client (valid 24 hours)',
  request: { params: IdParam },
  responses: {
    200: jsonResponse(z.object({ resetUrl: z.url() }), 'Reset link'),
    ...therapistErrors,
    ...errorResponses(409),
  },
});

const archiveRoute = createRoute({
  method: 'post',
  path: '/clients/{id}/archive',
  tags: ['Clients'],
  summary: 'End care: the client keeps read-only access to past work, or loses access',
  description:
    'Open worksheet connections of the client are closed at once. With `none` the client is signed out everywhere and cannot sign in.',
  request: {
    params: IdParam,
    body: jsonBody(z.object({ clientAccess: z.enum(['read-only', 'none']) })),
  },
  responses: {
    200: jsonResponse(z.object({ client: ClientView }), 'Archived'),
    ...therapistErrors,
    ...errorResponses(400),
  },
});

export function clientRoutes({ accounts, config, connections }: ApiDependencies): OpenAPIHono<ApiEnv> {
  const app = new OpenAPIHono<ApiEnv>();
  const now = () => accounts.clock.now();
  /** The client as their therapist `viewerId` sees them; new comments counted in one query. */
  const viewOf = async (clientId: string, viewerId: string) => {
    const client = (await accounts.clients.get(clientId))!;
    const worksheets = await accounts.worksheets.listForClient(clientId);
    const ids = worksheets.map((worksheet) => worksheet.id);
    return clientView(client, worksheets, now(), await accounts.comments.newCommentCounts(viewerId, ids));
  };

  app.openapi(listClientsRoute, async (c) => {
    const { user } = therapistCaller(c);
    const views = [];
    for (const client of await accounts.clients.listForTherapist(user.id))
      views.push(await viewOf(client.userId, user.id));
    return c.json(views, 200);
  });

  app.openapi(addClientRoute, async (c) => {
    const { user } = therapistCaller(c);
    const input = c.req.valid('json');
    if (await accounts.users.emailInUse(input.email)) {
      throw new ApiError(
        409,
        'email-in-use',
        'Someone already has an account with this email. Use another address.',
      );
    }
    const { client, invitationToken } = await addClient(accounts, user, input);
    await accounts.audit.record({
      action: 'invitation-created',
      practiceId: user.practiceId,
      actorUserId: user.id,
      subjectUserId: client.userId,
      address: c.get('address'),
    });
    return c.json(
      {
        client: await viewOf(client.userId, user.id),
        invitationUrl: publicLink(c, config, invitationPath(invitationToken)),
      },
      201,
    );
  });

  app.openapi(getClientRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    const worksheets = await accounts.worksheets.listForClient(client.userId);
    const occurrence = await occurrencesOf(accounts, worksheets);
    const newComments = await accounts.comments.newCommentCounts(
      user.id,
      worksheets.map((worksheet) => worksheet.id),
    );
    return c.json(
      {
        client: clientView(client, worksheets, now(), newComments),
        worksheets: worksheets.map((worksheet) =>
          worksheetView(
            worksheet,
            client,
            { readOnly: client.status === 'archived' },
            now(),
            user.role,
            occurrence(worksheet),
            newComments.get(worksheet.id) ?? 0,
          ),
        ),
      },
      200,
    );
  });

  app.openapi(newInvitationRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    if (client.status !== 'invited') {
      throw new ApiError(
        409,
        'already-accepted',
        'This client has already set a password. Send a reset link instead.',
      );
    }
    const { token } = await accounts.links.issue('invitation', client.userId);
    await accounts.audit.record({
      action: 'invitation-created',
      practiceId: user.practiceId,
      actorUserId: user.id,
      subjectUserId: client.userId,
      address: c.get('address'),
    });
    return c.json({ invitationUrl: publicLink(c, config, invitationPath(token)) }, 200);
  });

  app.openapi(resetLinkRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    if (client.status === 'invited') {
      throw new ApiError(
        409,
        'not-accepted',
        'This client has not accepted the invitation yet. Send a new invitation instead.',
      );
    }
    if (client.access === 'none') {
      throw new ApiError(
        409,
        'access-ended',
        'This client’s access has ended, so they cannot set a new password.',
      );
    }
    const { token } = await accounts.links.issue('password-reset', client.userId);
    await accounts.audit.record({
      action: 'reset-link-created',
      practiceId: user.practiceId,
      actorUserId: user.id,
      subjectUserId: client.userId,
      address: c.get('address'),
    });
    return c.json({ resetUrl: publicLink(c, config, resetPath(token)) }, 200);
  });

  app.openapi(archiveRoute, async (c) => {
    const { user } = therapistCaller(c);
    const client = await ownClient(accounts, user, c.req.valid('param').id);
    const { clientAccess } = c.req.valid('json');
    await accounts.clients.archive(client.userId, clientAccess);
    if (clientAccess === 'none') {
      await accounts.sessions.deleteAllForUser(client.userId);
      await accounts.links.revokeAllForUser(client.userId);
    }
    // Everyone's open connections to this client's worksheets reconnect as read-only, or not at all.
    connections.closeUserConnections(
      client.userId,
      clientAccess === 'none' ? 'access-ended' : 'access-changed',
    );
    for (const worksheet of await accounts.worksheets.listForClient(client.userId)) {
      connections.closeWorksheetConnections(worksheet.id, 'access-changed');
    }
    await accounts.audit.record({
      action: 'client-archived',
      practiceId: user.practiceId,
      actorUserId: user.id,
      subjectUserId: client.userId,
      address: c.get('address'),
      details: { clientAccess },
    });
    return c.json({ client: await viewOf(client.userId, user.id) }, 200);
  });

  return app;
}
